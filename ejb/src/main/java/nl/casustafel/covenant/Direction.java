package nl.casustafel.covenant;

/** Whether a grant lets a partner receive data or provide it. */
public enum Direction {
  RECEIVE,
  PROVIDE
}
