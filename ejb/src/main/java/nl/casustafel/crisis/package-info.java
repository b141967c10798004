/**
 * The 24/7 crisis hand-over (issue #13, part 3): who of the ZVH is reachable when (the on-call
 * rota, bereikbaarheidsdienst), and the ZVH's office hours, outside which the crisis services for
 * 18+ and 18- take a victim in crisis over with the case's crisis card.
 */
package nl.casustafel.crisis;
