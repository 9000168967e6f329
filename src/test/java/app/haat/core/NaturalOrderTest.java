package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.data.NaturalOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void kioskCodesSortAsPeopleCountThem() {
        List<String> codes = List.of("K10", "K2", "K1", "B1", "A10", "A2", "K-03", "K-1", "G", "K11");
        assertThat(codes.stream().sorted(NaturalOrder.TEXT).toList())
                .containsExactly("A2", "A10", "B1", "G", "K1", "K2", "K10", "K11", "K-1", "K-03");
    }
}
