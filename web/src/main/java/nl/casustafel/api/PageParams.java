package nl.casustafel.api;

import jakarta.ws.rs.QueryParam;
import nl.casustafel.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list, {@code ?first=0&size=20}, taken as text ({@code @BeanParam}) and
 * parsed by {@link Params#page}, so that {@code ?first=abc} is a 400 naming {@code first}; the
 * OpenAPI description still says they are whole numbers.
 */
public class PageParams {

  @QueryParam("first")
  @Parameter(
      description = "Index of the first item.",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "0",
              maximum = "" + Params.MAX_FIRST,
              defaultValue = "0"))
  private String first;

  @QueryParam("size")
  @Parameter(
      description = "Items per page; the default depends on the list.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
  private String size;

  /** The page asked for; 400 with the rule when a parameter is not a whole number in range. */
  public PageRequest request(int defaultSize, String filter) {
    return Params.page(first, size, defaultSize, filter);
  }
}
