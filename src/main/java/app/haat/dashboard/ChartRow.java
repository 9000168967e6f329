package app.haat.dashboard;

/** One bar of a chart as shown: its label and its value written out (₹ for sales). */
record ChartRow(String label, String shown) {}
