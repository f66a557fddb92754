import { computed, reactive, ref, useId, type ComputedRef, type InjectionKey, type Ref } from "vue";
import { useMutation } from "@urql/vue";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { resultErrors, type Built, type FieldErrors, type ResultErrorLike, type UserErrorLike } from "./errors";

export interface MutationFormOptions<Values extends object, Input, Data, Payload> {
  /** The mutation; every Coproduce mutation takes one `$input`. */
  mutation: TypedDocumentNode<Data, { input: Input }>;
  /** The form's values when it opens (and after a success, unless `reset` says otherwise). */
  initial: () => Values;
  /** The client's checks: the mutation input, or the errors by field (nothing is sent then). */
  build: (values: Values) => Built<Input>;
  /** Where the mutation's payload sits in its result, e.g. `(d) => d?.bidSubmit`. */
  payload: (
    data: Data | undefined,
  ) => (Payload & { readonly userErrors?: readonly UserErrorLike[] | null }) | null | undefined;
  /** The input fields the API's errors may name (by the last segment of `field`); others go at the top. */
  fields: readonly string[];
  /** The confirmation to show for a payload that succeeded; null when it did not (nothing happened). */
  success: (payload: Payload, values: Values) => string | null;
  /** The values after a success (default: `initial()`). */
  reset?: (values: Values) => Values;
  /** A form whose errors the API keys its own way (e.g. per criterion) maps them here. */
  apiErrors?: (
    error: ResultErrorLike | undefined,
    userErrors: readonly UserErrorLike[] | null | undefined,
  ) => FieldErrors;
  /** Called after a success (e.g. to refetch the round). */
  onSuccess?: () => void;
}

export interface MutationForm<Values> {
  /** The values the fields bind to with v-model. */
  readonly values: Values;
  /** Errors by field name (FORM for the form as a whole); the frame shows them in a summary and beside each field. */
  readonly errors: Ref<FieldErrors>;
  /** The confirmation of the last success, shown as a status. */
  readonly done: Ref<string | null>;
  readonly busy: ComputedRef<boolean>;
  /** The element id of a field's control (`fieldId("title")`), for its label and the error summary's link. */
  fieldId(field: string): string;
  /** Forget one field's error (e.g. once a radio is picked). */
  clearError(field: string): void;
  submit(): Promise<void>;
}

/**
 * One way to submit a form that sends a mutation (docs: apps/web/README.md, "Writing a new screen"): check the
 * values on the client, send the mutation only when they pass, map the API's `userErrors` (and
 * argument validation) to the fields they name, say what happened, reset, and tell the page. The
 * template is `ConsoleForm` + `ConsoleField`, bound to what this returns.
 */
export function useMutationForm<Values extends object, Input, Data, Payload>(
  o: MutationFormOptions<Values, Input, Data, Payload>,
): MutationForm<Values> {
  const id = useId();
  const values = reactive(o.initial()) as Values;
  const errors = ref<FieldErrors>({});
  const done = ref<string | null>(null);
  const mutation = useMutation(o.mutation);

  async function submit(): Promise<void> {
    done.value = null;
    const { input, errors: invalid } = o.build(values);
    errors.value = invalid;
    if (input === null) return;
    const result = await mutation.executeMutation({ input });
    const payload = o.payload(result.data);
    errors.value = o.apiErrors
      ? o.apiErrors(result.error, payload?.userErrors)
      : resultErrors(result.error, payload?.userErrors, o.fields);
    if (Object.keys(errors.value).length > 0 || !payload) return;
    const message = o.success(payload, values);
    if (message === null) return;
    done.value = message;
    Object.assign(values, o.reset ? o.reset(values) : o.initial());
    o.onSuccess?.();
  }

  return {
    values,
    errors,
    done,
    busy: computed(() => mutation.fetching.value),
    fieldId: (field) => `${id}-${field}`,
    clearError(field) {
      const { [field]: _cleared, ...rest } = errors.value;
      errors.value = rest;
    },
    submit,
  };
}

/** How ConsoleForm hands its form to the ConsoleFields inside it (a field names its input, the rest follows). */
export const FORM_CONTEXT: InjectionKey<Pick<MutationForm<unknown>, "errors" | "fieldId">> = Symbol("form");
