package app.haat.core.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ImmutableAssetsFilter} on Vaadin's bundle files. */
@Configuration(proxyBeanMethods = false)
class AssetCaching {

    @Bean
    FilterRegistrationBean<ImmutableAssetsFilter> immutableAssets() {
        FilterRegistrationBean<ImmutableAssetsFilter> registration =
                new FilterRegistrationBean<>(new ImmutableAssetsFilter());
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }
}
