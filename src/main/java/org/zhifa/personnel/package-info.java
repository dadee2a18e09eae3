/**
 * Enforcement staff (plan items 1–7): officers and auxiliary staff, enforcement certificates and their history,
 * eligibility to act ({@link org.zhifa.personnel.OfficerEligibility}), legal reviewer ratio, roster import/export.
 * Public API: the types of this package. {@code internal} and {@code web} are private to the module.
 */
package org.zhifa.personnel;
