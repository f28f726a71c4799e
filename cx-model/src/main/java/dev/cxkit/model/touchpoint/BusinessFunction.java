package dev.cxkit.model.touchpoint;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.internal.Checks;
import java.util.List;

/**
 * The business function that owns a touchpoint. An open type: use the constants or define your own
 * with {@link #of(String, String)}.
 *
 * <p>Besides the customer-facing functions, the constants name the internal processes that touch
 * customers and that companies often overlook when mapping journeys: {@link #BILLING}, {@link
 * #SALES_QUOTING}, {@link #REFERENCE_MANAGEMENT}, {@link #FIELD_SERVICE}, {@link #WORKFLOW} and
 * {@link #CUSTOMER_SEGMENTATION} (see {@link #internalProcesses()}).
 *
 * {@snippet class=dev.cxkit.model.touchpoint.SnippetsTest region=businessFunction}
 *
 * @param id stable identifier, for example {@code "billing"}
 * @param name human-readable name
 */
public record BusinessFunction(String id, String name) {

  /** Marketing. */
  public static final BusinessFunction MARKETING = new BusinessFunction("marketing", "Marketing");

  /** Sales. */
  public static final BusinessFunction SALES = new BusinessFunction("sales", "Sales");

  /** Customer service and support. */
  public static final BusinessFunction SERVICE = new BusinessFunction("service", "Service");

  /** Product management and development. */
  public static final BusinessFunction PRODUCT = new BusinessFunction("product", "Product");

  /** Invoicing, payment and billing corrections. */
  public static final BusinessFunction BILLING = new BusinessFunction("billing", "Billing");

  /** Preparing and negotiating quotes and proposals. */
  public static final BusinessFunction SALES_QUOTING =
      new BusinessFunction("sales-quoting", "Sales quoting");

  /** Managing reference customers and case studies. */
  public static final BusinessFunction REFERENCE_MANAGEMENT =
      new BusinessFunction("reference-management", "Reference management");

  /** Technicians and on-site installation or repair. */
  public static final BusinessFunction FIELD_SERVICE =
      new BusinessFunction("field-service", "Field service");

  /** Internal hand-offs, approvals and case routing. */
  public static final BusinessFunction WORKFLOW = new BusinessFunction("workflow", "Workflow");

  /** Deciding which customers get which treatment. */
  public static final BusinessFunction CUSTOMER_SEGMENTATION =
      new BusinessFunction("customer-segmentation", "Customer segmentation");

  /** Validates the components. */
  public BusinessFunction {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    Checks.id("business function id", id);
    Checks.text("business function name", name);
  }

  /** A business function, for example {@code of("legal", "Legal")}. */
  public static BusinessFunction of(String id, String name) {
    return new BusinessFunction(id, name);
  }

  /** The customer-facing functions: marketing, sales, service, product. */
  public static List<BusinessFunction> customerFacing() {
    return List.of(MARKETING, SALES, SERVICE, PRODUCT);
  }

  /**
   * The internal processes that shape the experience yet are often left off journey maps: billing,
   * sales quoting, reference management, field service, workflow, customer segmentation.
   */
  public static List<BusinessFunction> internalProcesses() {
    return List.of(
        BILLING,
        SALES_QUOTING,
        REFERENCE_MANAGEMENT,
        FIELD_SERVICE,
        WORKFLOW,
        CUSTOMER_SEGMENTATION);
  }
}
