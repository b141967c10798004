package nl.casustafel.bench.generate;

import java.util.List;

/** Small fixed lists the generated people and texts are drawn from (fictional; Dutch and EU). */
final class Names {

  static final List<String> FIRST =
      List.of(
          "Anna", "Daria", "Emma", "Eva", "Fatima", "Ion", "Julia", "Lisa", "Maria", "Mila", "Noor",
          "Olena", "Pieter", "Samira", "Sanne", "Sophie", "Tess", "Thijs", "Yara", "Zoë");

  static final List<String> LAST =
      List.of(
          "Bakker",
          "de Boer",
          "Dekker",
          "de Graaf",
          "Jansen",
          "de Jong",
          "Kovalenko",
          "Meijer",
          "Mulder",
          "Petrova",
          "Popescu",
          "Santos",
          "Smit",
          "de Vries",
          "Visser",
          "de Wit");

  static final List<String> NATIONALITIES =
      List.of("Nederlands", "Bulgaars", "Roemeens", "Pools", "Oekraïens", "Nigeriaans");

  static final List<String> BODIES =
      List.of(
          "Bereikbaar via de vaste contactpersoon; telefoonnummer bekend bij de ZVH.",
          "Geen sociaal netwerk in Nederland; wil contact met familie herstellen.",
          "Dreiging vanuit het netwerk van de uitbuiter; veilige opvangplek nodig.",
          "Identiteit vastgesteld aan de hand van een paspoort.",
          "Signalen van uitbuiting bevestigd; bedenktijd aangevraagd.");

  private Names() {}
}
