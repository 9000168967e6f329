package app.haat.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commitment and the derived seeds, against values computed outside Java (sha256sum and Python's hashlib). */
class DrawSeedsTest {

    @Test
    void theCommitmentIsTheSha256OfTheSeedsDecimalText() {
        // printf %s 8496821534306773865 | sha256sum
        assertThat(DrawSeeds.commitment(8496821534306773865L))
                .isEqualTo("2ceb42ccbf3a5c6ed02adf6643855a6b723e106d8dee46c540c723a50624d057");
        // a negative seed keeps its minus sign: printf %s -42 | sha256sum
        assertThat(DrawSeeds.commitment(-42))
                .isEqualTo("fec80006df0542549b4cbaafb8987eee00bb49bca396eefe9ac8be5b5928e8f6");
    }

    @Test
    void theKthRedrawsSeedIsTheFirstEightBytesOfSha256OfSeedColonK() {
        // struct.unpack('>q', hashlib.sha256(b'8496821534306773865:1').digest()[:8])
        assertThat(DrawSeeds.seedOf(8496821534306773865L, 1)).isEqualTo(-4152373852166841819L);
        assertThat(DrawSeeds.seedOf(-42, 3)).isEqualTo(800558438809317920L);
        assertThat(DrawSeeds.seedOf(-42, 0)).isEqualTo(-42);
    }
}
