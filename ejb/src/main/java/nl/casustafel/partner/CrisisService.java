package nl.casustafel.partner;

/**
 * The crisis service an organisation is, if any: for adults (18+) or for young people (18-). Such a
 * service takes a victim in crisis over outside the ZVH's office hours (issue #13, part 3).
 */
public enum CrisisService {
  ADULT,
  YOUTH
}
