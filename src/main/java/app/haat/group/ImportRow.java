package app.haat.group;

import java.util.List;

/** One valid row of an import file, normalised. */
record ImportRow(long line, String name, long municipalityId, String ward, int members, String leaderName,
                 String phone, String email, String gstin, String pan, String registrationNo, Long categoryId,
                 List<String> products) {
}
