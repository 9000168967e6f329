package app.haat.region;

public record RegionCounts(int districts, int municipalities, int zones) {}
