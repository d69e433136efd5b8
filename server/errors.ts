/** Typed failures of use cases; route handlers map `status` to the HTTP code, pages show `message`. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = '请先登录') {
    super(message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = '无权执行此操作') {
    super(message, 403);
  }
}

export class NotFoundError extends AppError {
  constructor(message = '记录不存在') {
    super(message, 404);
  }
}

/** A request body over its limit (HTTP 413). */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413);
  }
}

/** A body or file of a type the route does not take (HTTP 415): not JSON, not multipart, not an allowed file type. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(message, 415);
  }
}

/** An attachment the rules refuse (an entry's month not filled in yet): 422. */
export class AttachmentRefusedError extends AppError {
  constructor(message: string) {
    super(message, 422);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super(message, 400, fieldErrors);
  }
}

/** A red or yellow entry without its deviation explanation. */
export class DeviationRequiredError extends AppError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super(message, 422, fieldErrors);
  }
}

/**
 * A figure that is possible but probably mistyped (DOMAIN.md §5 plausibility): refused until the person confirms it
 * (`confirm: true`). The API answers 422 with `"code": "implausible"` and the warnings.
 */
export class ImplausibleError extends AppError {
  readonly code = 'implausible';
  constructor(readonly warnings: { code: string; message: string }[], field: string) {
    super(`请确认数值：${warnings.map((w) => w.message).join('；')}`, 422, { [field]: warnings.map((w) => w.message) });
  }
}

export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly current: unknown = null,
  ) {
    super(message, 409);
  }
}

/** A 自评 change or submission the rules refuse (a score outside its band, a missing reason or analysis): 422. */
export class SelfEvaluationRefusedError extends AppError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}, readonly problems: string[] = []) {
    super(message, 422, fieldErrors);
  }
}

/**
 * A change to a period an approved monitoring round has locked (DOMAIN.md §9): HTTP 423 until the administrator reopens
 * the project in that round.
 */
export class LockedError extends AppError {
  constructor(message: string) {
    super(message, 423);
  }
}

/** A 送审 refused until the project is complete for the round's month: 422 with each missing item (`missing`). */
export class SubmissionIncompleteError extends AppError {
  constructor(readonly missing: string[]) {
    super(`尚不能送审：${missing.join('；')}`, 422, { submit: missing });
  }
}
