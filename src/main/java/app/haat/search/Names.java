package app.haat.search;

/** A name in English and in Bengali, for facet labels. */
record Names(String en, String bn) {

    String in(boolean bengali) {
        return bengali ? bn : en;
    }
}
