package cn.gov.povertyexit.production;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Where the production filters apply. */
@Configuration
class ProductionFilters {

  @Bean
  FilterRegistrationBean<Filter> apiResponseHeaders() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiResponseHeaders());
    registration.setName("api-response-headers");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/actuator/*");
    // first, so that even a refused login (401) carries the headers
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> actuatorLogin(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ActuatorLogin(identityService));
    registration.setName("actuator-login");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }
}
