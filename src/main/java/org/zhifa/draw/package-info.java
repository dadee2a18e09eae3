/**
 * Verifiable random draws (双随机、一公开; legal-rules §8) for every module that samples at random: inspection
 * objects and inspectors now, case files and evaluators for case-file evaluation later.
 *
 * <p>Algorithm {@value org.zhifa.draw.DrawSpec#ALGORITHM}, specified byte by byte in {@code docs/random-draw.md}:
 * before a draw the commitment (SM3 of a secret 32-byte seed) and the hash of the frozen, sorted candidate lists and
 * rules are published; at the draw the seed is revealed and the result is a deterministic function of the seed and
 * those lists, so that anyone can recompute it ({@code java -jar zhifa.jar verify-draw manifest.json}).
 *
 * <p>Public API: {@link org.zhifa.draw.DrawInput} (with {@link org.zhifa.draw.DrawObject},
 * {@link org.zhifa.draw.DrawAssignee}, {@link org.zhifa.draw.DrawConflict}, {@link org.zhifa.draw.StratumRule}),
 * {@link org.zhifa.draw.DrawSeed}, {@link org.zhifa.draw.RandomDraw}, {@link org.zhifa.draw.DrawResult},
 * {@link org.zhifa.draw.Replacement}, {@link org.zhifa.draw.DrawManifest}, {@link org.zhifa.draw.DrawVerifier}.
 * Pure Java: no Spring beans, no database, so that the offline verifier runs from the jar alone.
 */
package org.zhifa.draw;
