package nl.casustafel.bench.generate;

import java.util.List;

/**
 * A tenant as the generator fills it: its own ZVH organisation, the police and the care partner
 * (Veilig Thuis) that take part in its cases, its municipalities, the users its log events name,
 * and the id range of its generated cases and clients. For the demo tenant these are the demo
 * data's own (R__demo_tenants_and_partners.sql, the demo accounts); the generated tenants {@code
 * bench-01}..{@code bench-29} get partners of their own ({@link TenantSetup}).
 *
 * @param index 0 for the demo tenant, n for bench-n: picks the id range
 * @param municipalities the region's municipalities (names, as tenant_municipality holds them)
 */
public record TenantShape(
    String id,
    int index,
    String name,
    String ownPartner,
    String police,
    String care,
    List<String> municipalities,
    Users users) {

  /**
   * Generated case and client ids of tenant {@code index} lie in [{@code (index + 1) * RANGE},
   * {@code (index + 2) * RANGE}): far above the demo's ids (below 2,000), one range per tenant.
   */
  public static final long RANGE = 1_000_000;

  /** The users the tenant's events name: the case director, care coordinator, police, care. */
  public record Users(String director, String coordinator, String police, String care) {}

  /** The demo tenant zvh-gv with its demo partners and accounts. */
  public static TenantShape demo() {
    return new TenantShape(
        Scale.DEMO_TENANT,
        0,
        "Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "zvh-gooi-en-vechtstreek",
        "politie-midden-nederland",
        "veilig-thuis-gooi-en-vechtstreek",
        List.of(
            "Blaricum",
            "Eemnes",
            "Gooise Meren",
            "Hilversum",
            "Huizen",
            "Laren",
            "Weesp",
            "Wijdemeren"),
        new Users("regisseur.gv", "zorgcoord.gv", "politie.mnl", "veiligthuis.gv"));
  }

  /** Generated tenant {@code bench-NN} (n from 1) with partners of its own. */
  public static TenantShape bench(int n) {
    String nn = String.format("%02d", n);
    String id = "bench-" + nn;
    return new TenantShape(
        id,
        n,
        "Zorg- en Veiligheidshuis Bench " + nn,
        id + "-zvh",
        id + "-politie",
        id + "-veilig-thuis",
        List.of("Benchstad " + nn, "Benchdorp " + nn),
        new Users("regisseur." + id, "zorgcoord." + id, "politie." + id, "veiligthuis." + id));
  }

  /** Whether the generator creates this tenant (and its partners and covenant) itself. */
  public boolean generated() {
    return index > 0;
  }

  /** The id of generated case (and client) number {@code i} (from 0) of this tenant. */
  public long id(long i) {
    if (i < 0 || i >= RANGE) {
      throw new IllegalArgumentException("case number out of the tenant's range: " + i);
    }
    return (index + 1) * RANGE + i;
  }

  /** The first id of this tenant's range. */
  public long firstId() {
    return id(0);
  }

  /** The partner id of the municipality {@code m} of a generated tenant. */
  public String municipalityPartner(int m) {
    return id + "-gemeente-" + (char) ('a' + m);
  }
}
