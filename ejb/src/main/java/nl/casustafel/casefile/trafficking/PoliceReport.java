package nl.casustafel.casefile.trafficking;

/** Where the police report (aangifte) stands. */
public enum PoliceReport {
  NONE,
  CONSIDERING,
  FILED,
  DECLINED
}
