package nl.casustafel.casefile.trafficking;

/** The sector of labour exploitation (CoMensha's sectors, shortened). */
public enum LabourSector {
  AGRICULTURE,
  HOSPITALITY,
  CONSTRUCTION,
  CLEANING,
  LOGISTICS,
  DOMESTIC_WORK,
  OTHER
}
