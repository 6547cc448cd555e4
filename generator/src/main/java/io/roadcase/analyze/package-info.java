/**
 * Analyze: pure functions from the checked portfolio to the report's figures (NPV, IRR, payback,
 * scenarios and sensitivity, KPI status and trend, risk ratings, the schedule and its timeline). Knows
 * nothing of files, POI, FreeMarker or output; every renderer and {@code data.json} read these figures
 * and never compute their own.
 */
package io.roadcase.analyze;
