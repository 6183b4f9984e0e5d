package cn.gov.povertyexit.security;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API reports a refused procedure step (unknown household, duplicate case, objection outside a notice...)
 * as what it is: 400 Bad Request with the Chinese message alone. Camunda's REST layer wraps every engine exception
 * of a start or completion into a 500; every other error keeps Camunda's own answer.
 */
@Configuration
class CaseRefusalResponses {

  @Bean
  ResourceConfigCustomizer caseRefusalMapper() {
    return config -> config.register(RefusalMapper.class);
  }

  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Throwable cause = exception.getCause();
      while (cause != null && !(cause instanceof CaseRefusedException)) {
        cause = cause.getCause();
      }
      if (cause == null) {
        return camundaDefault.toResponse(exception);
      }
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "CaseRefusedException", "message", cause.getMessage())).build();
    }
  }
}
