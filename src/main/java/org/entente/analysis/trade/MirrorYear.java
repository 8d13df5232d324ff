package org.entente.analysis.trade;

/** Both reporters' word on one year of the same trade, side by side (mirror statistics). */
public record MirrorYear(int year, GrowthClaim byFirst, GrowthClaim bySecond) {}
