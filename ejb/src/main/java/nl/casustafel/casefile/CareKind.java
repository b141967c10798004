package nl.casustafel.casefile;

import nl.casustafel.covenant.DataCategory;

/**
 * The kind of a care trajectory (traject). Its data category follows from its kind, so the covenant
 * governs who sees it: psychological and medical care are health data (AVG art. 9), legal aid is
 * criminal-law data (AVG art. 10, it reveals proceedings), shelter and practical help are social.
 */
public enum CareKind {
  SHELTER(DataCategory.SOCIAL),
  /**
   * Shelter in the categorale opvang slachtoffers mensenhandel (COSM): a shelter of its own kind.
   */
  CATEGORICAL(DataCategory.SOCIAL),
  PSYCHOLOGICAL(DataCategory.HEALTH),
  PRACTICAL(DataCategory.SOCIAL),
  LEGAL(DataCategory.JUSTICE),
  MEDICAL(DataCategory.HEALTH);

  private final DataCategory category;

  CareKind(DataCategory category) {
    this.category = category;
  }

  public DataCategory category() {
    return category;
  }
}
