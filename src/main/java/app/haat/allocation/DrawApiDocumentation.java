package app.haat.allocation;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The draw's public record in the API description: a run's input and result are null until publishing. */
@Configuration
class DrawApiDocumentation {

    @Bean
    GlobalOpenApiCustomizer drawRecordNullsUntilPublished() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Schema<?> run = openApi.getComponents().getSchemas().get("PublicRun");
            if (run == null || run.getProperties() == null) {
                return;
            }
            for (String name : List.of("input", "result")) {
                Schema<?> property = run.getProperties().get(name);
                if (property != null && property.get$ref() != null) {
                    run.getProperties()
                            .put(
                                    name,
                                    new Schema<>()
                                            .oneOf(List.of(
                                                    new Schema<>().$ref(property.get$ref()),
                                                    new Schema<>().types(Set.of("null")))));
                }
            }
        };
    }
}
