package nl.casustafel.casefile.trafficking;

/** How the person was recruited (IOM data standard, shortened). */
public enum RecruitmentMeans {
  LOVERBOY,
  JOB_OFFER,
  DEBT,
  FAMILY,
  ONLINE,
  OTHER
}
