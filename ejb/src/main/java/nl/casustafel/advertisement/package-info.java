/**
 * Advertisement reviews (advertentiebeoordelingen): the ketenregisseur's review of an unlicensed
 * sex advertisement — indicators, a risk verdict, no images, no names — and its hand-overs: to the
 * municipality, which enriches it and may forward it to the police (issue #13, part 2).
 */
package nl.casustafel.advertisement;
