package cn.gov.povertyexit.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API ({@code /engine-rest}) answers only requests with an official's login (HTTP Basic): the
 * engine then applies that official's groups, tenants and authorizations, exactly as in the webapps. Camunda
 * Modeler deploys with the same login ("HTTP Basic" in its deployment dialog).
 */
@Configuration
class RestApiSecurity {

  private static final int AUTHENTICATION_ORDER = 0;

  @Bean
  FilterRegistrationBean<Filter> restApiAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** After the authentication, so that the guard sees who is asking, on both entry points into the engine. */
  @Bean
  FilterRegistrationBean<Filter> restRequestGuard(IdentityService identityService, CaseForms forms, CaseRepairLog repairs) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new RestRequestGuard(identityService, forms, repairs));
    registration.setName("rest-request-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(AUTHENTICATION_ORDER + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> engineListAuthentication(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new EngineListAuthenticationFilter(identityService));
    registration.setName("engine-list-authentication");
    registration.addUrlPatterns("/engine-rest/engine", "/engine-rest/engine/");
    return registration;
  }
}
