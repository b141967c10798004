package nl.casustafel.casefile.trafficking;

/** How the person was kept under control (IOM data standard, shortened). */
public enum ControlMeans {
  DEBT_BONDAGE,
  THREATS,
  VIOLENCE,
  ISOLATION,
  DOCUMENTS_TAKEN,
  DEPENDENCY,
  OTHER
}
