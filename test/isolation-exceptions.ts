// The isolation matrix's exceptions, each with its reason: operations that answer without
// signing in, answers not checked for names, and operations it cannot call.

/**
 * Operations that answer without signing in, each for its reason; every other one must answer
 * 401 to invalid credentials, so an operation made public by mistake fails here.
 */
export const publicOperations = new Map([
  ['health', 'the load balancer asks it'],
  ['signIn', 'signing in is how a caller gets credentials'],
  ['signOut', 'signing out without a session changes nothing'],
  ['previewInvitation', 'the invitation token in the link is the credential'],
  ['acceptInvitation', 'the invitation token in the body is the credential'],
  ['getCalendarFeed', 'the secret file name is the credential (calendar apps send no cookie)'],
  ['receiveInboundMail', 'the mail relay authenticates with its own shared secret'],
  ['completeSignIn', 'the second step of signing in: the challenge is the credential'],
  ['requestPasswordReset', 'a person who forgot their password has no credentials'],
  ['previewPasswordReset', 'the reset token in the link is the credential'],
  ['resetPassword', 'the reset token in the body is the credential'],
  ['startSingleSignOn', 'signing in with the identity provider starts without credentials'],
  ['finishSingleSignOn', "the identity provider's answer is the credential"],
  ['getInstance', 'the sign-in page warns when the demo data (published passwords) is loaded'],
]);

/**
 * Answers not checked for names: public operations whose path carries the credential (whoever
 * holds the secret may see what it opens), and the product's own guides (getHelpDoc), the same
 * text for everyone, whose examples name the demo's people.
 */
export const credentialInPath = new Set([
  'previewInvitation',
  'previewPasswordReset',
  'getCalendarFeed',
  'getHelpDoc',
]);

/**
 * Operations the matrix cannot call meaningfully, each with its reason. Empty today: every
 * operation answers a plain request. The test fails if one named here no longer exists.
 */
export const skipped = new Map<string, string>();
