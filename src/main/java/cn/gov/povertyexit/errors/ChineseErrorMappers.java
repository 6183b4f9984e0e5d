package cn.gov.povertyexit.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the Chinese error answers in every JAX-RS application of the system: Spring Boot's {@code /engine-rest}
 * and the webapps' own engine API ({@code /camunda/api/engine/...}, which Tasklist calls). Jersey applies a
 * {@link ForcedAutoDiscoverable} (found through META-INF/services) to each application it starts. The mappers
 * take the same exception types as Camunda's and win by their priority.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class ChineseErrorMappers implements ForcedAutoDiscoverable {

  private static final Logger LOG = LoggerFactory.getLogger(ChineseErrorMappers.class);

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {EngineErrors.class, RestErrors.class, JsonErrors.class, ParseErrors.class,
        UnexpectedErrors.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }

  static Response answer(Throwable thrown) {
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
      return web.getResponse();
    }
    EngineError error = EngineErrorTranslation.translate(thrown, ChineseErrorMappers::taskExists);
    if (error.status() >= 500) {
      LOG.error("Request failed: {}", thrown.getMessage(), thrown);
    } else {
      LOG.debug("Request refused with {}: {}", error.status(), thrown.getMessage());
    }
    return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Map.of("type", error.type(), "message", error.message())).build();
  }

  /** Whether a task is still open, read without the official's authorizations (only its absence is answered). */
  private static boolean taskExists(String taskId) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
    if (!(engine instanceof ProcessEngineImpl impl)) {
      return true;
    }
    return impl.getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(context -> context.getTaskManager().findTaskById(taskId) != null);
  }

  @Priority(1)
  public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class RestErrors implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class JsonErrors implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class ParseErrors implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return answer(exception);
    }
  }
}
