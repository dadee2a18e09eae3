/**
 * Training of enforcement staff (plan items 2–5): annual plans due in Q1, sessions and attendance, the hours
 * ledger (≥ 60 hours of legal, business and skills training per officer per year, political education apart),
 * rotation campaigns, exams, fitness tests and drills. Depends on personnel's public API, never the reverse.
 */
package org.zhifa.training;
