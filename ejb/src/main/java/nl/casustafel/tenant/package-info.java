/**
 * The tenant: one Zorg- en Veiligheidshuis region (ZVH). Data of one tenant is invisible to
 * another; the tenant a request acts in comes from the signed-in user, never from a parameter.
 */
package nl.casustafel.tenant;
