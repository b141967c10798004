package nl.casustafel.casefile;

/** What the case director or care coordinator writes on a crisis card; blank fields are empty. */
public record CrisisCardForm(
    String safeContact, String risks, String language, String shelterArrangement) {}
