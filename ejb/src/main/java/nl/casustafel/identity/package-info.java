/**
 * Who is asking: the signed-in user as the identity provider vouches for them — subject, partner
 * organisation, and per tenant (ZVH region) the roles granted. Built from a verified token only.
 */
package nl.casustafel.identity;
