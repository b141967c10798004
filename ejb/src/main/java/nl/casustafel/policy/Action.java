package nl.casustafel.policy;

import nl.casustafel.covenant.Direction;

/** What a user wants to do with a category of a case's information. */
public enum Action {
  READ(Direction.RECEIVE),
  CREATE(Direction.PROVIDE);

  private final Direction direction;

  Action(Direction direction) {
    this.direction = direction;
  }

  /** The covenant direction that must be granted for this action. */
  public Direction direction() {
    return direction;
  }
}
