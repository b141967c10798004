package nl.casustafel.partner;

/** What sort of organisation a partner is; the UI names each kind from the resource bundle. */
public enum PartnerKind {
  SAFETY_HOUSE,
  POLICE,
  JUSTICE,
  LEGAL_AID,
  INSPECTORATE,
  MUNICIPALITY,
  CARE,
  SHELTER,
  NATIONAL
}
