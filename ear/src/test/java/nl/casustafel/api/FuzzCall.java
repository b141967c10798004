package nl.casustafel.api;

import java.util.Set;

/**
 * One bad request of the fuzz and what it must get.
 *
 * @param account the demo account whose token is sent
 * @param body the raw bytes of the body, or null for none
 * @param contentType the Content-Type of the body
 * @param statuses the statuses it may get; empty for "any status below 500"
 * @param named what a 400's rule must name (case-insensitive), or null
 */
record FuzzCall(
    String label,
    String method,
    String path,
    String account,
    byte[] body,
    String contentType,
    Set<Integer> statuses,
    String named) {}
