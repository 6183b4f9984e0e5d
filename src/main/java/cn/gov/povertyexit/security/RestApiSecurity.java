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

  @Bean
  FilterRegistrationBean<Filter> restApiAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
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
