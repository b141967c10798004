/**
 * The one policy decision point: for a user, a case, a data category, a purpose and an action it
 * answers PERMIT with the covenant article, or DENY with a reason. It fails closed. Personal data
 * leaves a service only as {@link nl.casustafel.policy.Disclosed}, which only this package builds.
 */
package nl.casustafel.policy;
