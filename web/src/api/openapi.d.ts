// Generated from the OpenAPI document by `npm run generate:api` (scripts/generate-api.ts).
// Do not edit: change the route schemas and run it again.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What every page should know about this server before anyone signs in */
        get: operations["getInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie, or (202) asks for the second factor */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears its cookie */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are, your role here and the workspaces you belong to */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name, language or time zone */
        patch: operations["updateMyProfile"];
        trace?: never;
    };
    "/api/v1/me/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make another of your workspaces the current one (session sign-in only) */
        put: operations["switchWorkspace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens in this workspace, revoked ones included */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token for integrations; the secret is shown only once */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens; it stops working at once */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s members with their roles (principal editors) */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member’s role within their side, or deactivate / reactivate them (principal admins); the workspace keeps one active admin */
        patch: operations["changeMember"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent from this workspace, open or not (principal editors) */
        get: operations["listInvitations"];
        put?: never;
        /** Invite a person by e-mail link (principal staff, or a distributor’s staff) */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an open invitation; its link stops working */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an open invitation again with a new link; the old link stops working */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/by-token/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers, before it is accepted */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates the account and signs in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second step of signing in: the code from the app, or a recovery code */
        post: operations["completeSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a link to choose a new password; the answer is the same whether or not the address has an account */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account a reset link is for, while the link can be used */
        get: operations["previewPasswordReset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link; ends every session of the account */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change your password; your other sessions end */
        put: operations["changeMyPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where you are signed in: each session, the latest used first */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of your sessions */
        delete: operations["endMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else: every session but this one */
        post: operations["endMyOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether your second factor is on, and how many recovery codes are left */
        get: operations["getMyTwoFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app: a new secret, as a QR code */
        post: operations["startMyTwoFactorSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the second factor on with a code from the app; returns recovery codes */
        post: operations["enableMyTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the second factor off (not where a workspace of yours requires it) */
        post: operations["disableMyTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes; the old ones stop working */
        post: operations["replaceMyRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s sign-in rules (admins) */
        get: operations["getWorkspaceSecurity"];
        /** Require a second factor of everyone in the workspace (admins) */
        put: operations["setWorkspaceSecurity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on: off to the OpenID Connect provider (404 when none is set up) */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: signs in and goes on, or back to the sign-in page saying why not */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The principal’s members, who can own a distributor (principal’s users) */
        get: operations["listDistributorOwners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name the principal member who owns the relationship (principal editors) */
        put: operations["setDistributorOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/bulk/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move several distributors to a stage, with a reason: each row changed and audited on its own, refusals reported per row */
        post: operations["bulkChangeLifecycleStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/bulk/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give several distributors one owner (or none), with a result per row */
        post: operations["bulkChangeOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search, filter, sort and page the distributor directory */
        get: operations["listDistributors"];
        put?: never;
        /** Add a distributor to the directory (principal managers) */
        post: operations["createDistributor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All distributors as CSV (the import format plus id, status and created_at) */
        get: operations["exportDistributors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import distributors from CSV: every row valid, or nothing imported */
        post: operations["importDistributors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One distributor’s profile */
        get: operations["getDistributor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a distributor’s profile, or archive and restore it (status) */
        patch: operations["updateDistributor"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s lifecycle stage changes, newest first */
        get: operations["listLifecycleEvents"];
        put?: never;
        /** Move a distributor to another lifecycle stage, with a reason */
        post: operations["changeLifecycleStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s contacts on both sides */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact to a distributor */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact that no escalation step names */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Edit a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/escalation-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Both sides’ escalation ladders, by side and level */
        get: operations["listEscalationSteps"];
        put?: never;
        /** Add a step to one side’s escalation ladder */
        post: operations["createEscalationStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/escalation-steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an escalation step */
        delete: operations["deleteEscalationStep"];
        options?: never;
        head?: never;
        /** Edit an escalation step */
        patch: operations["updateEscalationStep"];
        trace?: never;
    };
    "/api/v1/saved-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved filters of a list page, by name (principal’s users) */
        get: operations["listSavedFilters"];
        put?: never;
        /** Save a list page’s current filter and sort under a name */
        post: operations["createSavedFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-filters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of my saved filters */
        delete: operations["deleteSavedFilter"];
        options?: never;
        head?: never;
        /** Rename one of my saved filters */
        patch: operations["renameSavedFilter"];
        trace?: never;
    };
    "/api/v1/product-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The principal’s product lines, archived ones on request */
        get: operations["listProductLines"];
        put?: never;
        /** Add a product line to the catalogue (principal editors) */
        post: operations["createProductLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, recode, recategorise, archive or restore a product line */
        patch: operations["updateProductLine"];
        trace?: never;
    };
    "/api/v1/reference/subdivisions/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ISO 3166-2 subdivisions of a country, for territory pickers */
        get: operations["listSubdivisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s charter versions, the one in force and the one being worked on */
        get: operations["getCharterOverview"];
        put?: never;
        /** Start the first draft, or an amendment of the signed version */
        post: operations["createCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a charter text being edited and list its conflicts; changes nothing */
        post: operations["checkCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions of a charter, section by section */
        get: operations["compareCharterVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One charter version with its signatures, open points and conflicts */
        get: operations["getCharterVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft’s text (principal editors; drafts only) */
        put: operations["updateCharterContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft for negotiation, agree a text, or reopen an agreed text */
        post: operations["transitionCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version’s negotiation points, each with its history */
        get: operations["listCharterPoints"];
        put?: never;
        /** Raise a negotiation point on a section, with your position and optionally a proposal */
        post: operations["raiseCharterPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/points/{number}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** State a position, comment, agree, concede or withdraw a negotiation point */
        post: operations["respondToCharterPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an agreed version for your party (principal admin or distributor admin) */
        post: operations["signCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/signed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The canonical document, its hash and the signatures, for offline verification */
        get: operations["getSignedCharter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the stored text, its hash and both signatures agree */
        get: operations["verifyCharter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Amendment proposals raised against the signed charter, newest first */
        get: operations["listCharterAmendments"];
        put?: never;
        /** Propose an amendment of the signed charter (principal editors, distributor admins and members) */
        post: operations["proposeCharterAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/amendments/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take open proposals into the next draft version (principal editors); starts it from the signed text if none is being prepared */
        post: operations["draftFromCharterAmendments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/amendments/{number}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an open proposal, with a reason (principal editors) */
        post: operations["declineCharterAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/amendments/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw one’s own open proposal */
        post: operations["withdrawCharterAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/charter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The charter as PDF, in English beside a second language */
        get: operations["getCharterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/charter.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The charter as a web page, in English beside a second language */
        get: operations["getCharterHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/handbook.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Relationship Operating Handbook as PDF, in English beside a second language */
        get: operations["getHandbookPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/charter/versions/{version}/handbook.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Relationship Operating Handbook as a web page, in English beside a second language */
        get: operations["getHandbookHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreed goals, responsibilities and milestones, and every change proposed */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a new goal; the other side agrees to it (plan writers) */
        post: operations["proposePlanGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Propose a change of an agreed goal and its objectives */
        put: operations["proposePlanGoalChange"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/goals/{goalId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose to drop an agreed goal */
        post: operations["proposePlanGoalRemoval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/objectives/{objectiveId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark an objective done or not done (plan writers of either side) */
        put: operations["setPlanObjectiveDone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Propose each side’s responsibilities (the whole list of both sides) */
        put: operations["proposePlanResponsibilities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a milestone with its owner and deadline */
        post: operations["proposePlanMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Propose a change of a milestone’s title, owner or deadline */
        put: operations["proposePlanMilestoneChange"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/milestones/{milestoneId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose to drop a milestone */
        post: operations["proposePlanMilestoneRemoval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/milestones/{milestoneId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a milestone as planned, under way or done (plan writers of either side) */
        put: operations["setPlanMilestoneStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/changes/{number}/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agree to the other side’s proposed change; it takes effect at once */
        post: operations["agreePlanChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/changes/{number}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the other side’s proposed change, with a reason */
        post: operations["declinePlanChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/changes/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw one’s own proposed change */
        post: operations["withdrawPlanChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/plan/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the plan as it stands for a year, at the annual planning; re-agreed once both sides have (plan writers) */
        post: operations["confirmPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The relationship survey rounds of a distributor, newest first, with both sides’ answers, averages and gaps */
        get: operations["getDistributorFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/feedback/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open this quarter’s survey round now, before the schedule does (principal admins) */
        post: operations["openFeedbackRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/feedback/rounds/{roundId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an open round, once per person (principal admins and managers, distributor admins and members) */
        post: operations["answerFeedbackRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a live calendar feed, and since when (its URL is not shown again) */
        get: operations["getCalendarFeedStatus"];
        put?: never;
        /** A new private iCalendar feed URL with your meetings (shown once; replaces the old one) */
        post: operations["createCalendarFeed"];
        /** Stop your private calendar feed */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A private iCalendar feed (RFC 5545); the secret in the URL is the credential */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting plan and its meetings, each with its rotation and fairness ledger */
        get: operations["getCadence"];
        put?: never;
        /** Plan the layered cadence from the charter’s protocol, with fair meeting times */
        post: operations["createCadence"];
        delete?: never;
        options?: never;
        head?: never;
        /** Change the plan; new attendees or weekdays re-plan the meetings to come */
        patch: operations["updateCadence"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel or skip a meeting with a reason both sides read, or (principal’s editors) move it; its calendar sequence rises */
        post: operations["changeMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a new time for a meeting; the other side accepts or declines it */
        post: operations["proposeMeetingTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals/{proposalId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (the meeting moves, calendars follow) or decline the other side’s proposed time */
        post: operations["answerTimeProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals/{proposalId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your side’s proposed time while it waits for an answer */
        post: operations["withdrawTimeProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting: agenda, attendance, notes and their deadline, action items */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/meetings/{meetingId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the agenda, attendance and notes as a draft, or publish them to every attendee */
        put: operations["saveMeetingNotes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings of every relationship you can see: the week ahead, or the notes still owed */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Action items of every relationship you can see, soonest due first */
        get: operations["listAllActionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Action items of one relationship, soonest due first */
        get: operations["listActionItems"];
        put?: never;
        /** Add an action item, owned by a contact of either side */
        post: operations["createActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action item: close it as done or dropped, reopen, reassign, move */
        patch: operations["updateActionItem"];
        trace?: never;
    };
    "/api/v1/communication/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search threads, messages and logged interactions across the portfolio
         * @description Principal staff search every distributor's; a distributor's user only their own. Newest first, with a snippet around the first match.
         */
        get: operations["searchCommunication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/communication/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a thread with this distributor may name: the principal's and its people */
        get: operations["listThreadCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Threads with one distributor, latest message first; search subject and messages */
        get: operations["listThreads"];
        put?: never;
        /**
         * Start a thread with its first message; the other participants get it by e-mail
         * @description JSON, or multipart/form-data with the same fields and up to 10 files in `files`.
         */
        post: operations["createThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One thread with its participants and messages, oldest first */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/threads/{threadId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write in a thread; the other participants get the message by e-mail */
        post: operations["postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/threads/{threadId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file sent with a message, under its own name */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/threads/{threadId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a thread read up to now, for the caller */
        post: operations["markThreadRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interactions logged with one distributor, newest first */
        get: operations["listInteractions"];
        put?: never;
        /** Log a call, visit, chat or e-mail that happened outside Liaison */
        post: operations["logInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a logged interaction */
        delete: operations["deleteInteraction"];
        options?: never;
        head?: never;
        /** Change a logged interaction, for example when the reply came */
        patch: operations["updateInteraction"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/communication/responsiveness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each side's median response time over the last 90 days, threads and interactions */
        get: operations["getResponsiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reply to a message notification, from a mail provider (shared secret header)
         * @description Authenticated by `X-Liaison-Inbound-Secret` (LIAISON_INBOUND_MAIL_SECRET). A forged or expired reply address answers 422 and posts nothing; out-of-office mail is ignored.
         */
        post: operations["receiveInboundMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import interactions logged elsewhere (CSV): every row valid, or nothing imported
         * @description Send the CSV as the body (`text/csv`) or as the `file` field of a multipart form. Every row is checked; one error anywhere imports nothing and answers 422 with every error as `{pointer: "#/rows/<line>/<column>", row, column, detail}`. docs/imports.md describes the columns.
         */
        post: operations["importInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The months a distributor owes a report, newest first, and where each stands */
        get: operations["listReportMonths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month’s report: draft, latest revision, every revision and the review */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save what the form holds as a draft (checked only when submitted) */
        put: operations["saveReportDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the report (the distributor’s people); a later submission is a new revision, the same one is no-op. Principal editors are refused: see submitReportOnBehalf */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter figures the distributor sent another way, on its behalf (principal editors, with a reason); the report then awaits the distributor’s confirmation */
        post: operations["submitReportOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The distributor confirms the figures entered on its behalf (to correct them, submit a revision instead) */
        post: operations["confirmReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the filled-in XLSX or CSV template as the body; every cell is checked before anything is stored */
        post: operations["uploadReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/on-behalf/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the XLSX or CSV template the distributor sent another way, on its behalf (principal editors, with a reason); checked as an upload */
        post: operations["uploadReportOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The XLSX or CSV template, pre-filled with the product lines and the month */
        get: operations["getReportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submitted revision as an XLSX or CSV file (cells that look like formulas are neutralised) */
        get: operations["getReportRevisionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/reports/{period}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a submitted report, accept it, or ask for changes (principal editors) */
        post: operations["reviewReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/report-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import monthly report history (CSV): a submitted report per distributor and month, dated by received_on
         * @description Send the CSV as the body (`text/csv`) or as the `file` field of a multipart form. Every row is checked; one error anywhere imports nothing and answers 422 with every error as `{pointer: "#/rows/<line>/<column>", row, column, detail}`. docs/imports.md describes the columns.
         */
        post: operations["importReportHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s targets for a year, by product line and period */
        get: operations["listTargets"];
        /** Set targets (principal editors); `replaceYear` clears that year’s others first */
        put: operations["setTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPIs against target and the portfolio median, monthly trends, review notes */
        get: operations["getScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/packs/{kind}/{label}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly review pack (`monthly/2026-10`) or the QBR pack (`quarterly/2026-Q3`) as PDF */
        get: operations["getReviewPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every distributor with its KPIs and tier: filtered, sorted, paged (principal staff)
         * @description The page is kept as a snapshot until its distributors, KPIs or reporting currency change. Its `ETag` sent back in `If-None-Match` gets 304 while the page is unchanged.
         */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio table (same filters and order) as CSV or XLSX, up to 2,000 rows */
        get: operations["exportPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-line-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The principal’s unit cost per product line and currency, for margins (principal staff) */
        get: operations["listUnitCosts"];
        /** Set or remove unit costs; every reported month is re-costed and margins recomputed */
        put: operations["setUnitCosts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/tier-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The criteria that assign tiers, first match wins */
        get: operations["getTierRules"];
        /** Change the tier criteria; the whole portfolio is re-tiered at once */
        put: operations["setTierRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import targets from CSV or XLSX (distributor, product_line, period_kind, period, revenue, units): every row valid, or nothing imported */
        post: operations["importTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-currency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The currency the portfolio converts, sorts and totals in (EUR until set) */
        get: operations["getReportingCurrency"];
        /** Set the reporting currency (principal admins); rates into it are used from then */
        put: operations["setReportingCurrency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly rates into the reporting currency, and the months still without one */
        get: operations["listExchangeRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{currency}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter or replace the rate of a currency for a month (1 reporting unit = rate) */
        put: operations["putExchangeRate"];
        post?: never;
        /** Delete the rate of a currency for a month */
        delete: operations["deleteExchangeRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import monthly exchange rates (CSV: currency, month, rate, source), all or none
         * @description Send the CSV as the body (`text/csv`) or as the `file` field of a multipart form. Every row is checked; one error anywhere imports nothing and answers 422 with every error as `{pointer: "#/rows/<line>/<column>", row, column, detail}`. docs/imports.md describes the columns.
         */
        post: operations["importExchangeRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export every report of a year as a ZIP of CSV files; answers at once with the job */
        post: operations["startReportsExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-exports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export’s progress */
        get: operations["getReportsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-exports/{jobId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The finished export (ZIP) */
        get: operations["getReportsExportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change in the workspace, newest first (principal admins) */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the audit log’s hash chain: intact, or the first entry changed or deleted (principal admins) */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, same filters, as CSV (principal admins) */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 200 e-mails Liaison stored or sent (principal admins) */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s playbook: its items in the reader’s language, and its versions */
        get: operations["getPlaybook"];
        /** Save the items in their new order as a new version (principal admins); automatic items keep their rule */
        put: operations["savePlaybook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbook/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of every relationship through the playbook, and per item how many ticked it and stall at it (principal) */
        get: operations["getPlaybookProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbook/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate every relationship’s automatic items now (principal editors) */
        post: operations["evaluatePlaybooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The relationship’s playbook, evaluated now, with what proves each item and its history */
        get: operations["getDistributorPlaybook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/playbook/items/{key}/tick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a judgement item with a note (editors of either side) */
        post: operations["tickPlaybookItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/playbook/items/{key}/untick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Un-tick a judgement item, saying why (editors of either side) */
        post: operations["untickPlaybookItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/playbook/items/{key}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the other side’s tick of a judgement item (editors of the other side) */
        post: operations["confirmPlaybookItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every relationship in onboarding (or out of it for less than 90 days): its day, steps done, and the step it is late on (principal) */
        get: operations["getOnboardingPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The relationship’s onboarding journey: each step’s due date, whether it is done (with its evidence) or late */
        get: operations["getOnboardingJourney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/onboarding/steps/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick or un-tick a manual step with a note (editors of either side) */
        post: operations["tickOnboardingStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When each step of the journey is due, in days after its start (principal staff) */
        get: operations["getOnboardingDueDays"];
        /** Change when the journey’s steps are due; a step left out keeps its day (admins) */
        put: operations["setOnboardingDueDays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The relationship’s evaluations, newest year first, with their headline figures */
        get: operations["listEvaluations"];
        put?: never;
        /** Start an evaluation (the year’s, or on demand with a title), prepared from the data (principal editors) */
        post: operations["startEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evaluation: its figures, both assessments and (for a distributor once completed) the decision */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The principal’s part of a draft: areas for improvement, decision, reasons, follow-ups, internal note */
        patch: operations["writeEvaluationPrincipalPart"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The caller’s side’s assessment of a draft (editors of either side) */
        put: operations["writeEvaluationAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prepare a draft’s figures again from today’s data (principal editors) */
        post: operations["refreshEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a draft: both assessments (or why the distributor did not respond), a decision and its reasons */
        post: operations["completeEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a completed evaluation as a draft, with a reason (principal editors) */
        post: operations["reopenEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/evaluations/{evaluationId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation as a PDF, in English beside the distributor’s language */
        get: operations["getEvaluationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributors on watch or at risk on a day (today, UTC, by default), with their signals (principal staff) */
        get: operations["listEarlyWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thresholds the warning signals use (principal staff) */
        get: operations["getWarningSettings"];
        /** Change the thresholds the warning signals use (principal editors) */
        put: operations["setWarningSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess every distributor now and record the states that changed, as the hourly job does (principal editors) */
        post: operations["evaluateEarlyWarnings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s health today with its signals, and the states recorded before (principal staff) */
        get: operations["getDistributorHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next step proposed up the distributor’s ladder, with its reason, and the steps taken (principal staff) */
        get: operations["getEscalation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/escalation-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps taken up the distributor’s ladder, newest first (principal staff) */
        get: operations["listEscalationActions"];
        put?: never;
        /** Record a step taken: a contact reached or a visit (principal editors) */
        post: operations["recordEscalationAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalation/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long each step is given to help, and the default response time of a concern */
        get: operations["getEscalationSettings"];
        /** Change the escalation waits (principal editors) */
        put: operations["setEscalationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The distributor’s formal performance concerns, newest first (its own users: sent ones only) */
        get: operations["listConcerns"];
        put?: never;
        /** Draft a formal performance concern from today’s signals, citing the charter (principal editors) */
        post: operations["draftConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns/{concernId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One concern with its text, evidence, acknowledgement and response */
        get: operations["getConcern"];
        put?: never;
        post?: never;
        /** Discard a draft concern (principal editors); a sent one is kept */
        delete: operations["discardConcern"];
        options?: never;
        head?: never;
        /** Edit a draft concern’s text or response time (principal editors) */
        patch: operations["changeConcern"];
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns/{concernId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft concern: PDF kept, e-mailed to the distributor, response deadline set (principal editors) */
        post: operations["sendConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns/{concernId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The concern as a PDF, in English beside the distributor’s language */
        get: operations["getConcernPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns/{concernId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge receipt of a concern (the distributor’s users) */
        post: operations["acknowledgeConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/concerns/{concernId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a concern in writing (the distributor’s users) */
        post: operations["respondToConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s notifications, newest first; `unread=true` for unread ones only */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller’s notifications are unread */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification, or all of them, read; answers the unread count left */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s e-mail digest setting */
        get: operations["getNotificationPreferences"];
        /** Choose the e-mail digest: off, daily or weekly (08:00 in the caller’s time zone) */
        put: operations["setNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s outgoing webhooks (principal admins) */
        get: operations["listWebhooks"];
        put?: never;
        /** Add a webhook; the answer carries its signing secret, shown this once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook; its delivery log is kept */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook’s URL, events, format or whether it is active */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown this once; for a day messages are signed with the old one too */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first, each with its attempts */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again, with the same body and webhook-id */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message (type webhook.ping) to the webhook */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor’s order lines (sell-in), newest first */
        get: operations["listDistributorOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import order lines from the ERP (CSV): every row valid, or nothing imported
         * @description Send the CSV as the body (`text/csv`) or as the `file` field of a multipart form. Every row is checked; one error anywhere imports nothing and answers 422 with every error as `{pointer: "#/rows/<line>/<column>", row, column, detail}`. docs/imports.md describes the columns.
         */
        post: operations["importOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The library by title; a distributor’s users see what reaches its territory and lines today, in its languages first */
        get: operations["listLibraryDocuments"];
        put?: never;
        /** Add a document with its first file (principal editors) */
        post: operations["createLibraryDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document: its languages, versions and translations with their history */
        get: operations["getLibraryDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change what a document is, whom it reaches and when; archive it (principal editors) */
        patch: operations["updateLibraryDocument"];
        trace?: never;
    };
    "/api/v1/library/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a new version of the source file; its translations become outdated */
        post: operations["addLibraryDocumentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/documents/{documentId}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may review a translation: principal staff and users of the distributors it reaches */
        get: operations["listTranslationReviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/documents/{documentId}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a translation of the current version (principal editors) */
        post: operations["requestTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/translations/{translationId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the translated file for review (principal editors, or users of a distributor reading the language) */
        post: operations["uploadTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/translations/{translationId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the uploaded translation or ask for changes (its named reviewer) */
        post: operations["reviewTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/translations/{translationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call off an open translation, with the reason (principal editors) */
        post: operations["withdrawTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the library under its own name; `inline=true` shows a PDF or an image in the browser */
        get: operations["downloadLibraryFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/library/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every active distributor’s current documents by language: current, outdated, missing (principal staff) */
        get: operations["getLibraryCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/library-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which current documents reach the distributor, and their state in each of its languages (principal staff) */
        get: operations["getDistributorLibraryCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find distributors, contacts, meetings, reports and charters by text
         * @description Grouped by type, at most `limit` in each group. Principal staff search every distributor's records (and the principal's own notes on a distributor); a distributor's user only their own company's, and never the principal's internal fields. Reports the distributor has not submitted yet and charter drafts are found only by the side that owns them.
         */
        get: operations["searchEverything"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributors/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happened with a distributor, both sides, newest first
         * @description Meetings held or cancelled, notes published, action items, monthly reports, charter versions, signatures and amendments, logged interactions and formal concerns; for principal staff also lifecycle changes and concern drafts. A distributor's user sees only its own company's, without the principal's internal entries. Page with `nextCursor`.
         */
        get: operations["getDistributorTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guides in docs/, for the in-app help */
        get: operations["listHelpDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One guide from docs/, as Markdown */
        get: operations["getHelpDoc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            distributorName: string;
            meeting: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "weekly" | "monthly" | "quarterly" | "annual";
                /**
                 * @description How often the series meets at this date: check-ins are twice weekly in month one
                 * @enum {string}
                 */
                rhythm: "twice_weekly" | "weekly" | "monthly" | "quarterly" | "annual";
                number: number;
                /** Format: date-time */
                startsAt: string;
            } | null;
            title: string;
            owner: {
                /** Format: uuid */
                contactId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            };
            dueOn: string;
            /** @enum {string} */
            status: "open" | "done" | "dropped";
            closedAt: string | null;
            /** @description Open and past its due date */
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Every status change, oldest first: both sides read it */
            history: {
                /** @enum {string} */
                from: "open" | "done" | "dropped";
                /** @enum {string} */
                to: "open" | "done" | "dropped";
                reason: string | null;
                /** @description null: a person no longer known */
                byName: string | null;
                /** Format: date-time */
                at: string;
            }[];
            /** @description Whether the caller may close, drop, reopen or edit it: its owner, its meeting’s note-taker or the principal’s editors */
            canChange: boolean;
        };
        ActionItemPatch: {
            title?: string;
            /** Format: uuid */
            ownerContactId?: string;
            /** Format: date */
            dueOn?: string;
            /** @enum {string} */
            status?: "open" | "done" | "dropped";
            /** @description Why the status changes; required to drop an item, shown to both sides */
            reason?: string;
        };
        Attachment: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @description As detected from the content */
            contentType: string;
            sizeBytes: number;
        };
        AuditChainState: {
            /** @description Sealed entries that verified */
            verifiedEntries: number;
            /** @description The last sealed place and its hash; null before the first seal */
            head: {
                seq: number;
                hash: string;
                /** Format: date-time */
                sealedAt: string;
            } | null;
            intact: boolean;
            /** @description The first problem in chain order; null when intact */
            problem: ({
                /** @constant */
                kind: "changed";
                seq: number;
                entryId: number;
            } | {
                /** @constant */
                kind: "deleted";
                seq: number;
            } | {
                /** @constant */
                kind: "rewritten";
                seq: number;
            } | {
                /** @constant */
                kind: "unsealed";
                count: number;
            }) | null;
        };
        Cadence: {
            plan: {
                startsOn: string;
                checkInWeekday: number;
                reviewWeekday: number;
                reportDueDay: number;
                meetings: {
                    kind: string;
                    minutes: number;
                }[];
                attendeeContactIds: string[];
                videoUrl: string | null;
                /** @description Agenda template per meeting kind (the defaults where a kind has none) */
                agendas: {
                    [key: string]: string[];
                };
                noteTakerContactId: string | null;
            };
            meetings: components["schemas"]["Meeting"][];
            discipline: components["schemas"]["MeetingDiscipline"];
        };
        /** @description Changes to the plan. New attendees, weekdays or horizon re-plan the meetings still to come: times move (their calendar sequence rises), meetings no longer in the plan are cancelled. */
        CadencePlanPatch: {
            checkInWeekday?: number;
            reviewWeekday?: number;
            attendeeContactIds?: string[];
            videoUrl?: string | null;
            noteTakerContactId?: string | null;
            agendas?: {
                weekly?: string[];
                monthly?: string[];
                quarterly?: string[];
                annual?: string[];
            };
            horizonMonths?: number;
        };
        CharterAmendment: {
            number: number;
            /** @enum {string} */
            section: "territory" | "assignedAccounts" | "carveOuts" | "productCoverage" | "inventory" | "principalCommitments" | "goals" | "reporting" | "communication" | "problemResolution" | "term" | "general";
            change: string;
            reason: string;
            /**
             * @description open: waiting for the principal; drafted: taken into a new draft version; declined: the principal said no, with a reason; withdrawn: its proposer took it back
             * @enum {string}
             */
            status: "open" | "drafted" | "declined" | "withdrawn";
            version: number;
            /** @enum {string} */
            proposerSide: "principal" | "distributor";
            proposerName: string;
            /** @description Whether the caller proposed it (and may withdraw it) */
            isMine: boolean;
            draftVersion: number | null;
            declineReason: string | null;
            answererName: string | null;
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CharterAmendmentDraft: {
            /** @description The draft version the proposals went into */
            version: number;
            amendments: components["schemas"]["CharterAmendment"][];
        };
        CharterComparison: {
            from: number;
            to: number;
            differences: {
                /** @description JSON pointer into the content, e.g. #/territory/grants/0/exclusive */
                path: string;
                /** @enum {string} */
                section: "territory" | "assignedAccounts" | "carveOuts" | "productCoverage" | "inventory" | "principalCommitments" | "goals" | "reporting" | "communication" | "problemResolution" | "term";
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                before: unknown;
                after: unknown;
            }[];
        };
        CharterConflict: {
            /** @enum {string} */
            kind: "exclusive_overlap" | "inside_exclusive" | "overlaps_non_exclusive" | "carve_out_assigned" | "assigned_carved_out";
            /** @description Where in this charter’s content */
            pointer: string;
            /** @description The explanation, in the caller’s language */
            detail: string;
            /** @description The other charter; null inside this one. A distributor’s users do not see who the other distributor is. */
            other: {
                distributorId: string | null;
                distributorName: string | null;
                version: number | null;
                status: string | null;
            } | null;
            country: string;
            region: string | null;
            productLineIds: string[] | null;
            from: string | null;
            until: string | null;
            company: string | null;
        };
        CharterOverview: {
            /** Format: uuid */
            distributorId: string;
            versions: {
                version: number;
                /** @enum {string} */
                status: "draft" | "negotiation" | "agreed" | "signed" | "superseded";
                basedOnVersion: number | null;
                agreedAt: string | null;
                signedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                openPoints: number;
            }[];
            signedVersion: number | null;
            workingVersion: number | null;
        };
        CharterPoint: {
            number: number;
            /** @enum {string} */
            section: "territory" | "assignedAccounts" | "carveOuts" | "productCoverage" | "inventory" | "principalCommitments" | "goals" | "reporting" | "communication" | "problemResolution" | "term";
            title: string;
            /** @enum {string} */
            raisedBy: "principal" | "distributor";
            principalPosition: string | null;
            distributorPosition: string | null;
            /** @description The proposed value of the section */
            proposal: unknown;
            proposalBy: ("principal" | "distributor") | null;
            /** @enum {string} */
            status: "open" | "agreed" | "conceded" | "withdrawn";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            resolvedAt: string | null;
            events: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                side: "principal" | "distributor";
                actorName: string;
                /** @enum {string} */
                kind: "raised" | "position" | "comment" | "agreed" | "conceded" | "withdrawn";
                body: string | null;
                proposal: unknown;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        CharterSignature: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            party: "principal" | "distributor";
            typedName: string;
            signerRole: string;
            consentText: string;
            contentHash: string;
            ip: string | null;
            /** Format: date-time */
            signedAt: string;
            voidedAt: string | null;
        };
        CharterVerification: {
            verified: boolean;
            hash: string;
            checks: {
                check: string;
                ok: boolean;
                detail: string;
            }[];
        };
        CharterVersion: {
            /** Format: uuid */
            distributorId: string;
            version: number;
            /** @enum {string} */
            status: "draft" | "negotiation" | "agreed" | "signed" | "superseded";
            basedOnVersion: number | null;
            content: {
                territory: {
                    /** @default [] */
                    grants: {
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example VN
                         */
                        country: string;
                        /**
                         * @description ISO 3166-2 subdivision code; empty for the whole country
                         * @example VN-SG
                         */
                        region: string | null;
                        /** @default [] */
                        productLineIds: string[];
                        exclusive: boolean;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-01-01
                         */
                        startsOn: string;
                        endsOn: string | null;
                    }[];
                    /** @default  */
                    clause: string;
                };
                assignedAccounts: {
                    /** @default [] */
                    accounts: {
                        company: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example VN
                         */
                        country: string;
                    }[];
                    /** @default  */
                    clause: string;
                };
                carveOuts: {
                    /** @default [] */
                    accounts: {
                        company: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example VN
                         */
                        country: string;
                        /** @default  */
                        reason: string;
                    }[];
                    /** @default  */
                    clause: string;
                };
                productCoverage: {
                    /** @enum {string} */
                    mode: "full" | "subset";
                    /** @default [] */
                    productLineIds: string[];
                    /** @default  */
                    clause: string;
                };
                inventory: {
                    /** @default [] */
                    lines: {
                        productLineId: string | null;
                        minimumOrderQuantity: number;
                        bufferWeeks: number;
                    }[];
                    /** @enum {string} */
                    financing: "distributor" | "principal" | "shared";
                    paymentTermsDays: number;
                    /** @default  */
                    clause: string;
                };
                principalCommitments: {
                    deliveryLeadTimeDays: number;
                    marketingFundsPerYear: number;
                    currency: string;
                    trainingDaysPerYear: number;
                    technicalSupportResponseHours: number;
                    /** @default  */
                    clause: string;
                };
                goals: {
                    /** @default [] */
                    items: {
                        metric: string;
                        target: number;
                        unit: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         * @example 2026-01-01
                         */
                        dueOn: string;
                    }[];
                    /** @default  */
                    clause: string;
                };
                reporting: {
                    monthlyReportDueDay: number;
                    /** @default [] */
                    contents: ("sales" | "inventory" | "pipeline" | "market_intelligence" | "competitive_activity" | "customer_satisfaction")[];
                    /** @default  */
                    clause: string;
                };
                communication: {
                    /** @default [] */
                    meetings: {
                        /** @enum {string} */
                        kind: "weekly" | "monthly" | "quarterly" | "annual";
                        minutes: number;
                    }[];
                    /** @default [] */
                    channels: ("email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter")[];
                    /**
                     * @description BCP 47 language tag
                     * @example vi
                     */
                    workingLanguage: string;
                    /** @default  */
                    translationRule: string;
                    notesDueHours: number;
                    responseHours: {
                        urgent: number;
                        high: number;
                        normal: number;
                    };
                    /** @default  */
                    clause: string;
                };
                problemResolution: {
                    /** @default [] */
                    severities: {
                        /** @enum {string} */
                        severity: "critical" | "major" | "minor";
                        responseHours: number;
                        resolutionDays: number;
                    }[];
                    /**
                     * @default ladders
                     * @enum {string}
                     */
                    escalation: "ladders" | "custom";
                    /** @default  */
                    clause: string;
                };
                term: {
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-01-01
                     */
                    startsOn: string;
                    endsOn: string | null;
                    reviewOn: string | null;
                    /** @enum {string} */
                    renewal: "automatic" | "by_agreement" | "none";
                    terminationNoticeDays: number;
                    /** @default  */
                    clause: string;
                };
            };
            agreedHash: string | null;
            agreedAt: string | null;
            signedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            signatures: components["schemas"]["CharterSignature"][];
            productLines: {
                [key: string]: {
                    code: string;
                    name: string;
                };
            };
            openPoints: number;
            conflicts: components["schemas"]["CharterConflict"][];
        };
        CommunicationSearchHit: {
            /** @enum {string} */
            kind: "thread" | "message" | "interaction";
            /** Format: uuid */
            id: string;
            threadId: string | null;
            distributor: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description The thread's subject (threads, messages) */
            subject: string | null;
            /** @description For an interaction */
            channel: ("call" | "email" | "visit" | "whatsapp" | "other_chat" | "meeting") | null;
            /** Format: date-time */
            at: string;
            /** @description The text around the first match; `match` is what to highlight */
            snippet: {
                before: string;
                match: string;
                after: string;
            };
        };
        CommunicationSearchPage: {
            items: components["schemas"]["CommunicationSearchHit"][];
            total: number;
            page: number;
            pageSize: number;
        };
        Concern: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            distributorName: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "sent";
            /** @enum {string} */
            state: "draft" | "sent" | "acknowledged" | "responded";
            /** @description Sent, unanswered, and past its deadline */
            isOverdue: boolean;
            /** Format: date */
            asOf: string;
            secondLanguage: string | null;
            subject: string;
            body: string;
            subjectTranslation: string | null;
            bodyTranslation: string | null;
            signals: {
                kind: string;
                /** @enum {string} */
                severity: "warning" | "critical";
                params: {
                    [key: string]: string | number | string[];
                };
                evidence: {
                    kind: string;
                    path: string;
                }[];
            }[];
            citations: {
                /** @description The charter section, e.g. inventory */
                section: string;
                /** @description Its number in the charter document */
                number: number;
                signalKind: string;
            }[];
            responseDays: number;
            responseDueOn: string | null;
            createdBy: {
                userId: string | null;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            sentAt: string | null;
            sentBy: {
                userId: string | null;
                name: string;
            } | null;
            recipients: string[] | null;
            documentSha256: string | null;
            acknowledgedAt: string | null;
            acknowledgedBy: {
                userId: string | null;
                name: string;
            } | null;
            response: string | null;
            respondedAt: string | null;
            respondedBy: {
                userId: string | null;
                name: string;
            } | null;
        };
        ConcernPatch: {
            subject?: string;
            body?: string;
            subjectTranslation?: string;
            bodyTranslation?: string;
            responseDays?: number;
        };
        ConcernResponseInput: {
            response: string;
        };
        ConcernSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "sent";
            /** @enum {string} */
            state: "draft" | "sent" | "acknowledged" | "responded";
            /** @description Sent, unanswered, and past its deadline */
            isOverdue: boolean;
            subject: string;
            /** Format: date */
            asOf: string;
            responseDueOn: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            acknowledgedAt: string | null;
            respondedAt: string | null;
        };
        /**
         * @description source: the language it is written in; current: an approved translation of the current version; outdated: only of an earlier version; missing: none
         * @enum {string}
         */
        CoverageState: "source" | "current" | "outdated" | "missing";
        DistributorEvaluation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            distributorName: string;
            /** @enum {string} */
            kind: "yearly" | "on_demand";
            year: number;
            /** @description The on-demand title, or “2026 evaluation” */
            title: string;
            /** @enum {string} */
            status: "draft" | "completed";
            /** Format: date-time */
            preparedAt: string;
            figures: components["schemas"]["EvaluationFigures"];
            /** @description null for a distributor’s users */
            internal: components["schemas"]["EvaluationInternalFigures"] | null;
            /** @description Shown to a distributor’s users once the evaluation is completed */
            principalAssessment: {
                text: string;
                authorName: string;
                /** Format: date-time */
                at: string;
            } | null;
            distributorAssessment: {
                text: string;
                authorName: string;
                /** Format: date-time */
                at: string;
            } | null;
            noResponseReason: string | null;
            improvements: string | null;
            /** @description Shown to a distributor’s users once the evaluation is completed */
            decision: ("renew" | "develop" | "watch" | "exit") | null;
            decisionReasons: string | null;
            followUps: components["schemas"]["EvaluationFollowUp"][];
            /** @description null for a distributor’s users */
            internalNote: string | null;
            completedAt: string | null;
            completerName: string | null;
            creatorName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                refresh: boolean;
                writePrincipal: boolean;
                writeDistributor: boolean;
                complete: boolean;
                reopen: boolean;
            };
        };
        DistributorFeedback: {
            /** @description The workspace’s name: the principal */
            principalName: string;
            distributorName: string;
            /** @description Newest first, at most eight quarters */
            rounds: components["schemas"]["FeedbackRound"][];
            /** @description Topics where the sides’ averages differ by 1.0 or more, in the latest round both sides answered */
            gaps: components["schemas"]["FeedbackGap"][];
            canAnswer: boolean;
            canOpenRound: boolean;
        };
        DistributorLibraryCoverage: {
            /** Format: uuid */
            distributorId: string;
            /** @description Its languages, in its order */
            languages: {
                language: string;
                /** @description Documents current in it (or written in it) */
                current: number;
                outdated: number;
                missing: number;
                /** @description Open translations of current versions */
                inProgress: number;
            }[];
            documents: {
                /** Format: uuid */
                documentId: string;
                title: string;
                kind: components["schemas"]["DocumentKind"];
                currentVersion: number;
                cells: {
                    language: string;
                    state: components["schemas"]["CoverageState"];
                    versionNumber: number | null;
                    translationStatus: ("requested" | "in_review" | "changes_requested") | null;
                }[];
            }[];
        };
        DistributorPlaybook: {
            /** Format: uuid */
            distributorId: string;
            version: number;
            done: number;
            total: number;
            /** Format: date-time */
            evaluatedAt: string;
            items: components["schemas"]["DistributorPlaybookItem"][];
            /** @description The latest 100 changes */
            history: components["schemas"]["PlaybookTransition"][];
        };
        DistributorPlaybookItem: {
            /** @description The item’s stable key; it survives edits of its text and position */
            key: string;
            position: number;
            title: string;
            /** @description How you know you can tick it, in plain language */
            criteria: string;
            /**
             * @description automatic: ticks itself from the data; judgement: a person ticks it with a note
             * @enum {string}
             */
            kind: "automatic" | "judgement";
            ruleCode: ("charter_signed" | "ladders_defined" | "meetings_held" | "first_report_accepted" | "first_qbr_held" | "targets_kpis_set" | "response_times" | "problem_resolution_protocol" | "goals_agreed" | "feedback_answered" | "evaluation_done") | null;
            /** @description Meetings to hold, or the share answered in time in per cent */
            threshold: number | null;
            isDone: boolean;
            /** @description When it last changed between done and open */
            since: string | null;
            evidence: components["schemas"]["PlaybookEvidence"] | null;
            tickedBy: {
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            } | null;
            note: string | null;
            confirmedBy: {
                name: string;
                /** Format: date-time */
                at: string;
            } | null;
            canTick: boolean;
            canConfirm: boolean;
            canUntick: boolean;
        };
        /** @enum {string} */
        DocumentKind: "price_sheet" | "marketing" | "product_information" | "training" | "technical";
        DocumentPatch: {
            title?: string;
            description?: string | null;
            kind?: components["schemas"]["DocumentKind"];
            productLineIds?: string[];
            countries?: string[];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            validFrom?: string;
            validUntil?: string | null;
            /** @description Archived documents reach no distributor */
            archived?: boolean;
        };
        Escalation: {
            /** Format: uuid */
            distributorId: string;
            /** Format: date */
            asOf: string;
            /** @enum {string} */
            state: "healthy" | "watch" | "at_risk";
            reasons: string[];
            proposal: components["schemas"]["EscalationProposal"];
            actions: components["schemas"]["EscalationAction"][];
        };
        EscalationAction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            /** @enum {string} */
            kind: "contact" | "visit" | "concern";
            contactId: string | null;
            contactName: string | null;
            concernId: string | null;
            /** Format: date-time */
            takenAt: string;
            note: string | null;
            recordedBy: {
                userId: string | null;
                name: string;
            };
            /** Format: date-time */
            createdAt: string;
        };
        EscalationProposal: {
            /** @enum {string} */
            kind: "none" | "wait" | "contact" | "visit" | "concern" | "exhausted";
            /** @description Why, in the caller’s language */
            reason: string;
            contactId: string | null;
            contactName: string | null;
            channel: string | null;
            level: number | null;
            concernId: string | null;
            waitUntil: string | null;
        };
        EscalationSettings: {
            /** @description Days a visit is given to help before the next rung is proposed */
            visitWaitDays: number;
            /** @description Hours a contact is given to answer when neither the ladder nor the charter says (the ladder step’s response time comes first, then the charter’s high-priority response time) */
            contactWaitHours: number;
            /** @description Days the distributor is given to answer a concern, unless changed */
            concernResponseDays: number;
        };
        EscalationSettingsInput: {
            /** @description Days a visit is given to help before the next rung is proposed */
            visitWaitDays: number;
            /** @description Hours a contact is given to answer when neither the ladder nor the charter says (the ladder step’s response time comes first, then the charter’s high-priority response time) */
            contactWaitHours: number;
            /** @description Days the distributor is given to answer a concern, unless changed */
            concernResponseDays: number;
        };
        EvaluationFigures: {
            /** @description First month covered, YYYY-MM */
            from: string;
            /** @description Last month covered, YYYY-MM */
            to: string;
            currency: string;
            revenue: {
                actual: number | null;
                target: number | null;
                monthsReported: number;
            };
            kpis: {
                /** @enum {string} */
                key: "attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "margin" | "orderGrowth";
                unit: string;
                lowerIsBetter: boolean;
                value: number | null;
                target: number | null;
            }[];
            goals: {
                metric: string;
                target: number;
                unit: string;
                dueOn: string;
                currentValue: number | null;
                progressPercent: number | null;
                objectivesDone: number;
                objectivesTotal: number;
            }[];
            playbook: {
                done: number;
                total: number;
                open: {
                    key: string;
                    title: string;
                }[];
            };
            feedback: {
                quarters: {
                    quarter: string;
                    /** @description Average overall score, 1–5 */
                    principal: number | null;
                    distributor: number | null;
                    /** @description principal minus distributor */
                    gap: number | null;
                }[];
            };
            concerns: {
                number: number;
                subject: string;
                /** @description YYYY-MM-DD */
                sentOn: string | null;
                state: string;
            }[];
        };
        EvaluationFollowUp: {
            text: string;
            /** @enum {string} */
            ownerSide: "principal" | "distributor";
            ownerName: string | null;
            /** @description YYYY-MM-DD */
            dueOn: string | null;
        };
        EvaluationInternalFigures: {
            lifecycleStage: string | null;
            /** @description Why the stage was last changed, as the principal wrote it */
            lifecycleReason: string | null;
            health: {
                state: string;
                signals: {
                    kind: string;
                    severity: string;
                    /** @description In the caller’s language */
                    reason: string;
                    params: {
                        [key: string]: string | number | string[];
                    };
                }[];
            } | null;
            /** @description The principal’s own KPIs (the margin) */
            kpis: {
                /** @enum {string} */
                key: "attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "margin" | "orderGrowth";
                unit: string;
                lowerIsBetter: boolean;
                value: number | null;
                target: number | null;
            }[];
        };
        EvaluationList: {
            distributorName: string;
            /** @description This year on the caller’s calendar */
            currentYear: number;
            canStart: boolean;
            /** @description Newest year first: the year-on-year comparison */
            items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "yearly" | "on_demand";
                year: number;
                title: string;
                /** @enum {string} */
                status: "draft" | "completed";
                decision: ("renew" | "develop" | "watch" | "exit") | null;
                /** Format: date-time */
                preparedAt: string;
                completedAt: string | null;
                headline: {
                    revenue: number | null;
                    revenueTarget: number | null;
                    currency: string;
                    attainment: number | null;
                    playbookDone: number;
                    playbookTotal: number;
                    feedbackPrincipal: number | null;
                    feedbackDistributor: number | null;
                    openConcerns: number;
                };
            }[];
        };
        /** @enum {string} */
        EventType: "charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked";
        ExchangeRate: {
            currency: string;
            /** @description YYYY-MM */
            month: string;
            rate: number;
            source: string;
            /** @enum {string} */
            entry: "entered" | "imported";
            enteredByName: string;
            /** Format: date-time */
            enteredAt: string;
        };
        ExchangeRateList: {
            reportingCurrency: string;
            items: components["schemas"]["ExchangeRate"][];
            missing: {
                currency: string;
                month: string;
            }[];
        };
        ExportJob: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            /** @description Distributors exported so far */
            done: number;
            total: number;
            fileName: string | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
        };
        FeedbackAnswer: {
            /** Format: uuid */
            id: string;
            respondentName: string;
            /** @enum {string} */
            side: "principal" | "distributor";
            language: string;
            scores: {
                communication: number;
                support: number;
                commitments: number;
                overall: number;
            };
            /** @description null when the comments are confidential to the principal’s admins and the caller is not one of them (nor their author) */
            comments: {
                communication: string | null;
                support: string | null;
                commitments: string | null;
                overall: string | null;
            } | null;
            commentsConfidential: boolean;
            isMine: boolean;
            /** Format: date-time */
            answeredAt: string;
        };
        FeedbackGap: {
            quarter: string;
            /**
             * @description communication; support; commitments: commitments kept; overall: overall satisfaction
             * @enum {string}
             */
            topic: "communication" | "support" | "commitments" | "overall";
            principal: number;
            distributor: number;
            /** @description principal minus distributor, one decimal */
            difference: number;
        };
        FeedbackRound: {
            /** Format: uuid */
            id: string;
            /** @example 2026-Q4 */
            quarter: string;
            isOpen: boolean;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closesAt: string;
            openerName: string;
            averages: {
                /** @description Average score per topic, one decimal; null without answers */
                principal: {
                    communication: number | null;
                    support: number | null;
                    commitments: number | null;
                    overall: number | null;
                };
                /** @description Average score per topic, one decimal; null without answers */
                distributor: {
                    communication: number | null;
                    support: number | null;
                    commitments: number | null;
                    overall: number | null;
                };
            };
            answers: components["schemas"]["FeedbackAnswer"][];
            /** @description Whether the caller answered this round */
            hasAnswered: boolean;
        };
        InboundMail: {
            /** @description The envelope recipient: the reply address the mail was delivered to */
            recipient: string;
            /** @description The whole message as received (RFC 5322 source, MIME and all) */
            rawMessage: string;
        };
        InboundMailOutcome: {
            /** @enum {string} */
            status: "posted" | "ignored";
            /** Format: uuid */
            threadId?: string;
            /** Format: uuid */
            messageId?: string;
            reason?: string;
        };
        Interaction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description inbound: the distributor reached the principal; outbound: the other way
             * @enum {string}
             */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            channel: "call" | "email" | "visit" | "whatsapp" | "other_chat" | "meeting";
            people: {
                /** Format: uuid */
                contactId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            }[];
            summary: string;
            repliedAt: string | null;
            /** @enum {string} */
            loggedBySide: "principal" | "distributor";
            canEdit: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InteractionPage: {
            items: components["schemas"]["Interaction"][];
            total: number;
            page: number;
            pageSize: number;
        };
        InteractionPatch: {
            /** Format: date-time */
            occurredAt?: string;
            /**
             * @description inbound: the distributor reached the principal; outbound: the other way
             * @enum {string}
             */
            direction?: "inbound" | "outbound";
            /** @enum {string} */
            channel?: "call" | "email" | "visit" | "whatsapp" | "other_chat" | "meeting";
            contactIds?: string[];
            summary?: string;
            repliedAt?: string | null;
        };
        /** @description Any JSON value */
        JsonValue: string | number | boolean | null | components["schemas"]["JsonValue"][] | {
            [key: string]: components["schemas"]["JsonValue"];
        };
        LanguageVariant: {
            language: string;
            state: components["schemas"]["CoverageState"];
            /** @description The file to read in this language: current, else the newest outdated one */
            file: components["schemas"]["LibraryFile"] | null;
            /** @description The open translation of the current version, if any */
            translation: components["schemas"]["Translation"] | null;
        };
        LibraryDocument: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            kind: components["schemas"]["DocumentKind"];
            sourceLanguage: string;
            productLines: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            }[];
            countries: string[];
            validFrom: string;
            validUntil: string | null;
            currentVersion: number;
            archived: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description The file to open first: in the reader’s interface language, then its distributor’s languages, a current translation or the source, else an outdated translation, else the source */
            readerFile: {
                /** Format: uuid */
                id: string;
                language: string;
                versionNumber: number;
                fileName: string;
                /** @description As detected from the content */
                contentType: string;
                sizeBytes: number;
                sha256: string;
                /** @description A PDF or an image, shown inline */
                previewable: boolean;
                uploadedBy: {
                    userId: string | null;
                    name: string;
                };
                /** Format: date-time */
                uploadedAt: string;
                /** @description An outdated translation: of an earlier version */
                isOlder: boolean;
            } | null;
            /** @description The source language and every language with a file or a translation; for a distributor’s user its own languages too, its first language first */
            variants: components["schemas"]["LanguageVariant"][];
        };
        LibraryDocumentDetail: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            kind: components["schemas"]["DocumentKind"];
            sourceLanguage: string;
            productLines: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            }[];
            countries: string[];
            validFrom: string;
            validUntil: string | null;
            currentVersion: number;
            archived: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description The file to open first: in the reader’s interface language, then its distributor’s languages, a current translation or the source, else an outdated translation, else the source */
            readerFile: {
                /** Format: uuid */
                id: string;
                language: string;
                versionNumber: number;
                fileName: string;
                /** @description As detected from the content */
                contentType: string;
                sizeBytes: number;
                sha256: string;
                /** @description A PDF or an image, shown inline */
                previewable: boolean;
                uploadedBy: {
                    userId: string | null;
                    name: string;
                };
                /** Format: date-time */
                uploadedAt: string;
                /** @description An outdated translation: of an earlier version */
                isOlder: boolean;
            } | null;
            /** @description The source language and every language with a file or a translation; for a distributor’s user its own languages too, its first language first */
            variants: components["schemas"]["LanguageVariant"][];
            versions: {
                number: number;
                note: string | null;
                createdBy: {
                    userId: string | null;
                    name: string;
                };
                /** Format: date-time */
                createdAt: string;
                file: components["schemas"]["LibraryFile"];
            }[];
            /** @description Every translation, newest first */
            translations: components["schemas"]["Translation"][];
            canEdit: boolean;
        };
        LibraryDocumentList: {
            items: components["schemas"]["LibraryDocument"][];
            total: number;
        };
        LibraryFile: {
            /** Format: uuid */
            id: string;
            language: string;
            versionNumber: number;
            fileName: string;
            /** @description As detected from the content */
            contentType: string;
            sizeBytes: number;
            sha256: string;
            /** @description A PDF or an image, shown inline */
            previewable: boolean;
            uploadedBy: {
                userId: string | null;
                name: string;
            };
            /** Format: date-time */
            uploadedAt: string;
        };
        /** @description `{ "id": … }` for one, `{ "all": true }` */
        MarkNotificationsRead: {
            /**
             * Format: uuid
             * @description One notification
             */
            id?: string;
            /** @description true: every notification of the caller */
            all?: boolean;
        };
        Meeting: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "weekly" | "monthly" | "quarterly" | "annual";
            /**
             * @description How often the series meets at this date: check-ins are twice weekly in month one
             * @enum {string}
             */
            rhythm: "twice_weekly" | "weekly" | "monthly" | "quarterly" | "annual";
            number: number;
            /** Format: date-time */
            startsAt: string;
            minutes: number;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled" | "skipped";
            sequence: number;
            videoUrl: string | null;
            attendees: {
                participantId: string;
                /** @enum {string} */
                party: "principal" | "distributor";
                /**
                 * @description IANA time zone name
                 * @example Asia/Ho_Chi_Minh
                 */
                timeZone: string;
                localStart: string;
                localDate: string;
                localTime: string;
                burden: number;
            }[];
            /** @description Weighted minutes outside working hours, per party */
            burden: {
                principal: number;
                distributor: number;
            };
            /** @enum {string} */
            burdenedParty: "none" | "principal" | "distributor" | "both";
            /** @description Running totals of the series up to this meeting: who took which inconvenient slots */
            ledger: {
                principal: number;
                distributor: number;
                principalMeetings: number;
                distributorMeetings: number;
            };
            noFairSlot: ("one_sided" | "window_imbalance") | null;
            /**
             * Format: date-time
             * @description 24 hours after the meeting ends
             */
            notesDueAt: string;
            /** @enum {string} */
            notesState: "upcoming" | "due" | "overdue" | "published" | "published_late";
            /** @description Notes published and someone of each side attended: only then is it held */
            countsAsHeld: boolean;
            /** @description Why it was cancelled or skipped, as the person who did it wrote */
            statusReason: string | null;
        };
        MeetingDetail: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "weekly" | "monthly" | "quarterly" | "annual";
            /**
             * @description How often the series meets at this date: check-ins are twice weekly in month one
             * @enum {string}
             */
            rhythm: "twice_weekly" | "weekly" | "monthly" | "quarterly" | "annual";
            number: number;
            /** Format: date-time */
            startsAt: string;
            minutes: number;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled" | "skipped";
            sequence: number;
            videoUrl: string | null;
            attendees: {
                participantId: string;
                /** @enum {string} */
                party: "principal" | "distributor";
                /**
                 * @description IANA time zone name
                 * @example Asia/Ho_Chi_Minh
                 */
                timeZone: string;
                localStart: string;
                localDate: string;
                localTime: string;
                burden: number;
            }[];
            /** @description Weighted minutes outside working hours, per party */
            burden: {
                principal: number;
                distributor: number;
            };
            /** @enum {string} */
            burdenedParty: "none" | "principal" | "distributor" | "both";
            /** @description Running totals of the series up to this meeting: who took which inconvenient slots */
            ledger: {
                principal: number;
                distributor: number;
                principalMeetings: number;
                distributorMeetings: number;
            };
            noFairSlot: ("one_sided" | "window_imbalance") | null;
            /**
             * Format: date-time
             * @description 24 hours after the meeting ends
             */
            notesDueAt: string;
            /** @enum {string} */
            notesState: "upcoming" | "due" | "overdue" | "published" | "published_late";
            /** @description Notes published and someone of each side attended: only then is it held */
            countsAsHeld: boolean;
            /** @description Why it was cancelled or skipped, as the person who did it wrote */
            statusReason: string | null;
            distributorName: string;
            agenda: string[];
            people: {
                /** Format: uuid */
                contactId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
                email: string | null;
                /** @description null until attendance is taken */
                present: boolean | null;
                /** @description An attendee of the plan: the notes form ticks them present until told otherwise */
                invited: boolean;
            }[];
            noteTaker: {
                /** Format: uuid */
                contactId: string;
                name: string;
            } | null;
            notes: string | null;
            notesPublishedAt: string | null;
            notesPublishedBy: string | null;
            actionItems: components["schemas"]["ActionItem"][];
            /** @description Whether the caller may take notes and add actions */
            canEdit: boolean;
            /** @description Why, by whom and when it was cancelled or skipped */
            calledOff: {
                reason: string | null;
                byName: string | null;
                at: string | null;
            } | null;
            /** @description New times proposed, newest first */
            proposals: components["schemas"]["TimeProposal"][];
            /** @description Whether the caller may cancel or skip it, or propose a new time */
            canChangeSchedule: boolean;
            /** @description Whether the caller may move it outright (the principal’s editors) */
            canReschedule: boolean;
        };
        MeetingDiscipline: {
            /** @description Start of the window (90 days back) */
            since: string;
            meetingsPlanned: number;
            meetingsHeld: number;
            notesDue: number;
            notesOnTime: number;
            notesOverdue: number;
            actionsDue: number;
            actionsClosedOnTime: number;
            actionsOverdue: number;
            actionsOpen: number;
        };
        MeetingNotesInput: {
            /** @description Replaces the agenda */
            agenda?: string[];
            noteTakerContactId?: string | null;
            attendance?: {
                /** Format: uuid */
                contactId: string;
                present: boolean;
            }[];
            notes?: string;
            /**
             * @description Publish the notes: the meeting counts as held and every attendee gets them
             * @default false
             */
            publish?: boolean;
        };
        MeetingOverview: {
            items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "weekly" | "monthly" | "quarterly" | "annual";
                /**
                 * @description How often the series meets at this date: check-ins are twice weekly in month one
                 * @enum {string}
                 */
                rhythm: "twice_weekly" | "weekly" | "monthly" | "quarterly" | "annual";
                number: number;
                /** Format: date-time */
                startsAt: string;
                minutes: number;
                /** @enum {string} */
                status: "scheduled" | "held" | "cancelled" | "skipped";
                videoUrl: string | null;
                /**
                 * Format: date-time
                 * @description 24 hours after the meeting ends
                 */
                notesDueAt: string;
                /** @enum {string} */
                notesState: "upcoming" | "due" | "overdue" | "published" | "published_late";
                /** Format: uuid */
                distributorId: string;
                distributorName: string;
                noteTaker: string | null;
            }[];
        };
        Message: {
            /** Format: uuid */
            id: string;
            author: {
                userId: string | null;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            };
            body: string;
            attachments: components["schemas"]["Attachment"][];
            /** Format: date-time */
            createdAt: string;
        };
        MonthlyReport: {
            id: string | null;
            /** Format: uuid */
            distributorId: string;
            distributorName: string;
            /**
             * @description Calendar month, YYYY-MM
             * @example 2026-03
             */
            period: string;
            currency: string;
            /** @enum {string} */
            status: "missing" | "draft" | "submitted" | "changes_requested" | "accepted" | "awaiting_confirmation";
            dueOn: string;
            /** @description False for a month that ended before the relationship began */
            expected: boolean;
            late: boolean;
            /** @description The portal’s unsubmitted draft, as saved */
            draft: unknown;
            draftSavedAt: string | null;
            revision: number;
            /** @description The latest submitted revision */
            content: {
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
                /**
                 * @description ISO 4217 currency code
                 * @example EUR
                 */
                currency: string;
                sales: {
                    /**
                     * @description Product line code
                     * @example BRK-PAD
                     */
                    productLine: string;
                    units: number;
                    revenue: number;
                }[];
                inventory: {
                    /**
                     * @description Product line code
                     * @example BRK-PAD
                     */
                    productLine: string;
                    unitsOnHand: number;
                }[];
                pipeline: {
                    account: string;
                    /**
                     * @description Product line code
                     * @example BRK-PAD
                     */
                    productLine: string;
                    /** @enum {string} */
                    stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                    value: number;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    expectedClose: string;
                }[];
                marketIntelligence: {
                    note: string;
                    tags: string[];
                }[];
                competitiveActivity: {
                    competitor: string;
                    product: string | null;
                    pricePoint: number | null;
                    observation: string;
                }[];
                customerSatisfaction: {
                    complaints: number;
                    returns: number;
                    score: number | null;
                };
            } | null;
            revisions: {
                revision: number;
                /** @enum {string} */
                source: "portal" | "xlsx" | "csv" | "api" | "history";
                fileName: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @description The name of who submitted it, or entered it on the distributor’s behalf */
                createdBy: string | null;
                /** @description Entered by the principal for the distributor (figures sent another way, history) */
                enteredOnBehalf: boolean;
                onBehalfReason: string | null;
                /** @description What changed against the revision before, in words */
                changes: string[];
            }[];
            events: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "submitted" | "revised" | "comment" | "accepted" | "changes_requested" | "entered_on_behalf" | "confirmed";
                revision: number | null;
                /** @description The comment, the reason for changes, or why figures were entered on behalf */
                body: string | null;
                /** @description The figure a comment is about, as a JSON pointer into that revision’s content */
                cell: string | null;
                actorName: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            productLines: {
                code: string;
                name: string;
            }[];
            /** @description May submit revisions: the distributor’s people */
            canEdit: boolean;
            /** @description May confirm the figures entered on the distributor’s behalf */
            canConfirm: boolean;
            /** @description A principal editor, while the distributor has submitted no figures of its own this month */
            canEnterOnBehalf: boolean;
            canReview: boolean;
            canComment: boolean;
        };
        NewActionItem: {
            meetingId?: string | null;
            title: string;
            /**
             * Format: uuid
             * @description A contact of either side of this relationship
             */
            ownerContactId: string;
            /** Format: date */
            dueOn: string;
        };
        NewConcern: {
            /** @description Days the distributor has to answer once sent; the workspace default if left out */
            responseDays?: number;
        };
        /** @description multipart/form-data: these fields and the file in `file` (PDF, images, office documents, CSV or text; LIAISON_DOCUMENT_MAX_MB) */
        NewDocument: {
            title: string;
            description?: string | null;
            kind: components["schemas"]["DocumentKind"];
            /**
             * @description The language the file is written in
             * @example vi
             */
            sourceLanguage: string;
            /** @description None: every product line */
            productLineIds?: string[];
            /** @description None: every territory */
            countries?: string[];
            /**
             * Format: date
             * @description Today when left out
             */
            validFrom?: string;
            /** @description None: until replaced or archived */
            validUntil?: string | null;
            /** @description What this first version is */
            note?: string | null;
        };
        /** @description multipart/form-data: `note` and the new source file in `file`. Translations of earlier versions become outdated. */
        NewDocumentVersion: {
            /** @description What changed */
            note?: string | null;
        };
        NewEscalationAction: {
            /**
             * @description A concern is recorded when it is sent (POST …/concerns/{id}/send)
             * @enum {string}
             */
            kind: "contact" | "visit";
            /**
             * Format: uuid
             * @description The distributor’s contact reached (contact)
             */
            contactId?: string;
            /**
             * Format: date-time
             * @description When it happened; now when left out
             */
            takenAt?: string;
            note?: string | null;
        };
        NewInteraction: {
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description inbound: the distributor reached the principal; outbound: the other way
             * @enum {string}
             */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            channel: "call" | "email" | "visit" | "whatsapp" | "other_chat" | "meeting";
            /**
             * @description Contacts of this relationship (either side) who took part
             * @default []
             */
            contactIds?: string[];
            summary: string;
            repliedAt?: string | null;
        };
        /** @description JSON, or multipart/form-data with the field `body` and up to 10 files in `files` (PDF, images, office documents, CSV or text; LIAISON_ATTACHMENT_MAX_MB each) */
        NewMessage: {
            body: string;
        };
        NewThread: {
            subject: string;
            /**
             * @description Sets the response time expected by the charter's protocol (communication)
             * @default normal
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal";
            /** @description The first message */
            body: string;
            /** @description Members of either side (the principal, or this distributor); at least one of the other side */
            participantUserIds: string[];
        };
        NewTranslation: {
            /**
             * @description BCP 47 language tag
             * @example vi
             */
            language: string;
            dueOn?: string | null;
            /**
             * Format: uuid
             * @description Who approves it: principal staff, or a user of a distributor it reaches
             */
            reviewerUserId: string;
        };
        NewWebhook: {
            /**
             * @description http(s) URL; private, loopback and link-local addresses are refused
             * @example https://erp.example.com/hooks/liaison
             */
            url: string;
            /** @default  */
            description?: string;
            /**
             * @description standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a Microsoft Teams message with an Adaptive Card
             * @default standard
             * @enum {string}
             */
            format?: "standard" | "slack" | "teams";
            eventTypes: ("charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked")[];
            /** @default true */
            isActive?: boolean;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["EventType"];
            distributor: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description The event’s facts (docs/notifications.md lists them per type) */
            data: {
                [key: string]: unknown;
            };
            /** @description Where the app shows it, e.g. /distributors/… */
            path: string | null;
            /** Format: date-time */
            occurredAt: string;
            readAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            unread: number;
            page: number;
            pageSize: number;
        };
        NotificationPreferences: {
            /**
             * @description E-mail digest of unread notifications: daily at 08:00, or Mondays at 08:00, in the person’s time zone
             * @enum {string}
             */
            digest: "off" | "daily" | "weekly";
        };
        NotificationPreferencesInput: {
            /**
             * @description E-mail digest of unread notifications: daily at 08:00, or Mondays at 08:00, in the person’s time zone
             * @enum {string}
             */
            digest: "off" | "daily" | "weekly";
        };
        OnboardingDueDays: {
            /** @description Days after the start the meeting cadence is due (standard: 7) */
            cadencePlanned?: number;
            /** @description Days after the start the charter signed by both sides is due (standard: 30) */
            charterSigned?: number;
            /** @description Days after the start the training assigned is due (standard: 30) */
            trainingAssigned?: number;
            /** @description Days after the start the first monthly report is due (standard: 45) */
            firstReport?: number;
            /** @description Days after the start the first order is due (standard: 60) */
            firstOrder?: number;
            /** @description Days after the start the first monthly review with notes is due (standard: 90) */
            firstMonthlyReview?: number;
        };
        OnboardingEvidence: {
            /** @description What proves the step, or what is missing */
            text: string;
            /** @description Where the data is, in the web app */
            link: string | null;
        };
        OnboardingJourney: {
            /** Format: uuid */
            distributorId: string;
            /** @description When the relationship entered onboarding; null if it never has */
            startedAt: string | null;
            /** @description When it left onboarding, if it has */
            leftAt: string | null;
            /** @description Days since the start (the journey has 90) */
            day: number;
            journeyDays: number;
            done: number;
            total: number;
            isComplete: boolean;
            /** @description A step is open past its due day */
            isStalled: boolean;
            /** @description The first late step */
            lateStep: {
                key: components["schemas"]["OnboardingStepKey"];
                title: string;
                lateByDays: number;
            } | null;
            steps: components["schemas"]["OnboardingStep"][];
        };
        OnboardingPortfolio: {
            journeyDays: number;
            distributors: {
                /** Format: uuid */
                id: string;
                name: string;
                country: string;
                /** Format: date-time */
                startedAt: string;
                leftAt: string | null;
                day: number;
                done: number;
                total: number;
                isComplete: boolean;
                isStalled: boolean;
                lateStep: {
                    key: components["schemas"]["OnboardingStepKey"];
                    title: string;
                    lateByDays: number;
                } | null;
            }[];
        };
        OnboardingStep: {
            key: components["schemas"]["OnboardingStepKey"];
            title: string;
            /** @description A person ticks it with a note */
            isManual: boolean;
            /** @description Days after the journey’s start */
            dueDay: number;
            /** @description Null while the journey has not started */
            dueOn: string | null;
            isDone: boolean;
            /** @description When the evidence appeared, if known */
            doneAt: string | null;
            /** @description Open and past its due day */
            isLate: boolean;
            lateByDays: number;
            evidence: components["schemas"]["OnboardingEvidence"];
            tickedBy: {
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            } | null;
            note: string | null;
            canTick: boolean;
        };
        /**
         * @description The step’s stable key
         * @enum {string}
         */
        OnboardingStepKey: "cadence_planned" | "charter_signed" | "training_assigned" | "first_report" | "first_order" | "first_monthly_review";
        OrderLine: {
            /** Format: uuid */
            id: string;
            /** @description The ERP order number, if known */
            orderRef: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            orderedOn: string;
            productLine: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            quantity: number;
            netValue: number;
            currency: string;
        };
        OrderPage: {
            items: components["schemas"]["OrderLine"][];
            total: number;
            page: number;
            pageSize: number;
        };
        Plan: {
            /** @description Today on the distributor’s calendar */
            today: string;
            canPropose: boolean;
            goals: components["schemas"]["PlanGoal"][];
            responsibilities: {
                principal: {
                    /** Format: uuid */
                    id: string;
                    text: string;
                }[];
                distributor: {
                    /** Format: uuid */
                    id: string;
                    text: string;
                }[];
            };
            /** @description By deadline, earliest first */
            milestones: components["schemas"]["PlanMilestone"][];
            /** @description Every change, newest first */
            changes: components["schemas"]["PlanChange"][];
            confirmations: components["schemas"]["PlanConfirmations"];
        };
        PlanChange: {
            number: number;
            /** @enum {string} */
            subject: "goal" | "responsibilities" | "milestone";
            /** @enum {string} */
            action: "add" | "change" | "remove";
            subjectId: string | null;
            proposal: {
                goal: {
                    /** @description What is measured, e.g. "Revenue, first year" */
                    metric: string;
                    target: number;
                    /** @description e.g. EUR, workshops, % */
                    unit: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    kpi: string | null;
                    /** @default [] */
                    objectives: {
                        text: string;
                        /**
                         * @description The side that carries it out
                         * @default null
                         */
                        ownerSide: ("principal" | "distributor") | null;
                    }[];
                } | null;
                responsibilities: {
                    principal: string[];
                    distributor: string[];
                } | null;
                milestone: {
                    title: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @enum {string} */
                    ownerSide: "principal" | "distributor";
                    /**
                     * @description The person of the owning side, if one is named
                     * @default null
                     */
                    ownerName: string | null;
                } | null;
            };
            /** @description The values when it was proposed */
            before: {
                goal: {
                    /** @description What is measured, e.g. "Revenue, first year" */
                    metric: string;
                    target: number;
                    /** @description e.g. EUR, workshops, % */
                    unit: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    kpi: string | null;
                    /** @default [] */
                    objectives: {
                        text: string;
                        /**
                         * @description The side that carries it out
                         * @default null
                         */
                        ownerSide: ("principal" | "distributor") | null;
                    }[];
                } | null;
                responsibilities: {
                    principal: string[];
                    distributor: string[];
                } | null;
                milestone: {
                    title: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @enum {string} */
                    ownerSide: "principal" | "distributor";
                    /**
                     * @description The person of the owning side, if one is named
                     * @default null
                     */
                    ownerName: string | null;
                } | null;
            } | null;
            note: string | null;
            /** @enum {string} */
            proposerSide: "principal" | "distributor";
            proposerName: string;
            /** @description Set when the change came with this signed charter version */
            charterVersion: number | null;
            /**
             * @description proposed: waiting for the other side; agreed: in the plan; declined: the other side said no, with a reason; withdrawn: its proposer took it back
             * @enum {string}
             */
            status: "proposed" | "agreed" | "declined" | "withdrawn";
            declineReason: string | null;
            answererName: string | null;
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Whether the caller proposed it (and may withdraw it) */
            isMine: boolean;
            /** @description Whether the caller may agree to it or decline it */
            canAnswer: boolean;
        };
        PlanConfirmations: {
            /** @description The year the annual planning confirms now: this one, from October the next */
            planningYear: number;
            /** @description Changes to answer before confirming */
            waitingChanges: number;
            canConfirm: boolean;
            /** @description The years confirmed by either side, the latest first */
            years: {
                year: number;
                principal: {
                    name: string;
                    /** Format: date-time */
                    at: string;
                    note: string | null;
                    /** @description False when a change was agreed since: this side confirmed an earlier plan */
                    isCurrent: boolean;
                } | null;
                distributor: {
                    name: string;
                    /** Format: date-time */
                    at: string;
                    note: string | null;
                    /** @description False when a change was agreed since: this side confirmed an earlier plan */
                    isCurrent: boolean;
                } | null;
                /** @description Both sides confirmed the same plan (no change agreed in between) */
                isAgreed: boolean;
            }[];
        };
        PlanGoal: {
            /** Format: uuid */
            id: string;
            metric: string;
            target: number;
            unit: string;
            dueOn: string;
            kpi: string | null;
            /** @description The signed charter version it came from */
            charterVersion: number | null;
            /** Format: date-time */
            agreedAt: string;
            /** @description The linked KPI now, in the goal’s terms (a ratio in percent); null without one */
            currentValue: number | null;
            /** @description The current value against the target (lower is better KPIs turned round) */
            progressPercent: number | null;
            objectives: components["schemas"]["PlanObjective"][];
        };
        PlanMilestone: {
            /** Format: uuid */
            id: string;
            title: string;
            dueOn: string;
            /** @enum {string} */
            ownerSide: "principal" | "distributor";
            ownerName: string | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done";
            doneOn: string | null;
            /** @description Past its deadline and not done */
            isOverdue: boolean;
        };
        PlanObjective: {
            /** Format: uuid */
            id: string;
            text: string;
            ownerSide: ("principal" | "distributor") | null;
            isDone: boolean;
            doneAt: string | null;
            /** @description Who marked it done */
            doneByName: string | null;
        };
        Playbook: {
            version: number;
            /** @description No admin has changed the standard playbook yet */
            isStandard: boolean;
            /**
             * @description The language of the texts shown
             * @enum {string}
             */
            language: "en" | "de" | "vi" | "th" | "zh";
            items: components["schemas"]["PlaybookItem"][];
            versions: {
                version: number;
                creatorName: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /** @description Every rule an item may use */
            ruleCodes: ("charter_signed" | "ladders_defined" | "meetings_held" | "first_report_accepted" | "first_qbr_held" | "targets_kpis_set" | "response_times" | "problem_resolution_protocol" | "goals_agreed" | "feedback_answered" | "evaluation_done")[];
        };
        PlaybookEvidence: {
            /** @description What proves the item, or what is missing */
            text: string;
            /** @description Where the data is, a path in the web app */
            link: string | null;
        };
        PlaybookItem: {
            /** @description The item’s stable key; it survives edits of its text and position */
            key: string;
            position: number;
            title: string;
            /** @description How you know you can tick it, in plain language */
            criteria: string;
            /**
             * @description automatic: ticks itself from the data; judgement: a person ticks it with a note
             * @enum {string}
             */
            kind: "automatic" | "judgement";
            ruleCode: ("charter_signed" | "ladders_defined" | "meetings_held" | "first_report_accepted" | "first_qbr_held" | "targets_kpis_set" | "response_times" | "problem_resolution_protocol" | "goals_agreed" | "feedback_answered" | "evaluation_done") | null;
            /** @description Meetings to hold, or the share answered in time in per cent */
            threshold: number | null;
        };
        PlaybookProgress: {
            version: number;
            items: {
                /** @description The item’s stable key; it survives edits of its text and position */
                key: string;
                title: string;
                /** @description Relationships that ticked it */
                done: number;
                /** @description Relationships for which it is the first item still open */
                stalled: number;
            }[];
            distributors: {
                /** Format: uuid */
                id: string;
                name: string;
                country: string;
                done: number;
                total: number;
                stalledAt: {
                    /** @description The item’s stable key; it survives edits of its text and position */
                    key: string;
                    title: string;
                } | null;
            }[];
        };
        PlaybookTransition: {
            /** @description The item’s stable key; it survives edits of its text and position */
            itemKey: string;
            title: string;
            isDone: boolean;
            /** @enum {string} */
            cause: "ticked_by_rule" | "unticked_by_rule" | "ticked" | "unticked" | "confirmed";
            evidence: components["schemas"]["PlaybookEvidence"] | null;
            note: string | null;
            actorName: string;
            /** Format: date-time */
            at: string;
        };
        Portfolio: {
            items: {
                /** Format: uuid */
                distributorId: string;
                name: string;
                country: string;
                lifecycleStage: string;
                tier: string | null;
                currency: string | null;
                /** @description Revenue 12 m in `currency` */
                revenue12m: number | null;
                /** @description Revenue 12 m in the reporting currency, each month at its rate; null when a rate is missing */
                revenue12mConverted: number | null;
                /** @description Months with revenue in a currency that has no rate for that month */
                missingRates: {
                    currency: string;
                    month: string;
                }[];
                asOf: string | null;
                kpis: {
                    attainment: number | null;
                    growth: number | null;
                    sellThrough: number | null;
                    inventoryTurns: number | null;
                    weeksOfCover: number | null;
                    timeliness: number | null;
                    meetingsHeld: number | null;
                    notesOnTime: number | null;
                    actionsOnTime: number | null;
                    complaints: number | null;
                    returns: number | null;
                    satisfaction: number | null;
                    margin: number | null;
                    orderGrowth: number | null;
                };
            }[];
            total: number;
            page: number;
            pageSize: number;
            medians: {
                attainment: number | null;
                growth: number | null;
                sellThrough: number | null;
                inventoryTurns: number | null;
                weeksOfCover: number | null;
                timeliness: number | null;
                meetingsHeld: number | null;
                notesOnTime: number | null;
                actionsOnTime: number | null;
                complaints: number | null;
                returns: number | null;
                satisfaction: number | null;
                margin: number | null;
                orderGrowth: number | null;
            };
            tiers: {
                tier: string;
                count: number;
            }[];
            reportingCurrency: string;
            /** @description Revenue 12 m of every matching row in the reporting currency, rows with a rate */
            revenueTotal: number | null;
            /** @description Matching rows left out of the total for a missing rate */
            revenueUnconverted: number;
        };
        PortfolioLibraryCoverage: {
            languages: {
                language: string;
                /** @description Documents current in it (or written in it) */
                current: number;
                outdated: number;
                missing: number;
                /** @description Open translations of current versions */
                inProgress: number;
                /** @description Distributors reading it */
                distributors: number;
            }[];
            distributors: {
                /** Format: uuid */
                distributorId: string;
                name: string;
                country: string;
                /** @description Current documents that reach it */
                documents: number;
                languages: {
                    language: string;
                    /** @description Documents current in it (or written in it) */
                    current: number;
                    outdated: number;
                    missing: number;
                    /** @description Open translations of current versions */
                    inProgress: number;
                }[];
            }[];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: {
                pointer: string;
                detail: string;
                row?: number;
                column?: string;
            }[];
        };
        ProductLine: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            category: string | null;
            archivedAt: string | null;
        };
        ReportingCurrency: {
            /**
             * @description ISO 4217 currency code
             * @example EUR
             */
            currency: string;
        };
        ReportingCurrencyInput: {
            /**
             * @description ISO 4217 currency code
             * @example EUR
             */
            currency: string;
        };
        ReportMonth: {
            /**
             * @description Calendar month, YYYY-MM
             * @example 2026-03
             */
            period: string;
            /** @description YYYY-MM-DD */
            dueOn: string;
            /** @enum {string} */
            status: "missing" | "draft" | "submitted" | "changes_requested" | "accepted" | "awaiting_confirmation";
            reportId: string | null;
            revision: number;
            submittedAt: string | null;
            /** @description False for a month that ended before the relationship began: no report is owed for it */
            expected: boolean;
            /** @description Submitted after its due date, or not submitted and past it (never for a month not expected) */
            late: boolean;
        };
        ResponseProtocolHours: {
            urgent: number;
            high: number;
            normal: number;
        };
        Responsiveness: {
            /** Format: uuid */
            distributorId: string;
            /** Format: date-time */
            since: string;
            days: number;
            protocolHours: components["schemas"]["ResponseProtocolHours"];
            /**
             * @description charter: the signed charter's protocol; default: none is signed yet
             * @enum {string}
             */
            protocolSource: "charter" | "default";
            principal: {
                /** @description null when no answer in the window */
                medianHours: number | null;
                responses: number;
                /** @description Share of answers within the charter's response time (0–1); null without answers */
                withinProtocol: number | null;
                /** @description Threads whose latest message awaits this side */
                waiting: number;
                /** @description Of those, past the protocol's response time */
                overdue: number;
            };
            distributor: {
                /** @description null when no answer in the window */
                medianHours: number | null;
                responses: number;
                /** @description Share of answers within the charter's response time (0–1); null without answers */
                withinProtocol: number | null;
                /** @description Threads whose latest message awaits this side */
                waiting: number;
                /** @description Of those, past the protocol's response time */
                overdue: number;
            };
            people: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
                medianHours: number | null;
                responses: number;
                /** @description Share of answers within the charter's response time (0–1); null without answers */
                withinProtocol: number | null;
            }[];
        };
        /** @description The distributor's answers over the last 90 days against the charter's protocol */
        ResponsivenessKpi: {
            /** @description Share of answers within the charter's response time (0–1); null without answers */
            withinProtocol: number | null;
            medianHours: number | null;
            responses: number;
            overdue: number;
            /** @description Share of answers within the charter's response time (0–1); null without answers */
            principalWithinProtocol: number | null;
            principalMedianHours: number | null;
            normalHours: number;
            days: number;
        };
        Scorecard: {
            distributor: {
                /** Format: uuid */
                id: string;
                name: string;
                country: string;
                /**
                 * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                 * @enum {string}
                 */
                relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                /** @description The principal’s internal lifecycle stage; null for a distributor’s users */
                lifecycleStage: string | null;
                tier: string | null;
            };
            currency: string;
            /** @description The currency most of the distributor’s orders are in */
            orderCurrency: string | null;
            /** @description The latest month with a report */
            asOf: string | null;
            kpis: {
                /** @enum {string} */
                key: "attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "margin" | "orderGrowth";
                /** @enum {string} */
                unit: "ratio" | "weeks" | "turns" | "count" | "score";
                lowerIsBetter: boolean;
                value: number | null;
                /** @description The target or commitment, where the KPI has one */
                target: number | null;
                portfolioMedian: number | null;
                trend: {
                    /**
                     * @description Calendar month, YYYY-MM
                     * @example 2026-03
                     */
                    period: string;
                    value: number | null;
                }[];
            }[];
            months: {
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
                revenue: number | null;
                targetRevenue: number | null;
                targetSource: components["schemas"]["TargetSource"] | null;
                units: number | null;
                unitsOnHand: number | null;
                complaints: number | null;
                returns: number | null;
                satisfaction: number | null;
                reported: boolean;
                onTime: boolean | null;
                /** @description Net value of the month’s orders (sell-in), in orderCurrency */
                orderValue: number | null;
            }[];
            responsiveness: components["schemas"]["ResponsivenessKpi"];
            reviews: {
                /** Format: uuid */
                meetingId: string;
                kind: string;
                /** Format: date-time */
                startsAt: string;
                notes: string;
            }[];
        };
        Target: {
            /** Format: uuid */
            id: string;
            productLine: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            /** @enum {string} */
            periodKind: "month" | "quarter" | "year";
            /**
             * @description First month of the period
             * @example 2026-03
             */
            period: string;
            revenue: number;
            units: number | null;
        };
        /** @description Where a period’s target comes from: entered for it, derived from its quarter or year, the sum of the product lines’ or of its months’ */
        TargetSource: {
            /** @enum {string} */
            kind: "entered" | "quarter" | "year" | "lines" | "months";
            /** @description The first month of the quarter or year the figure is derived from */
            period: string | null;
        };
        ThreadDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            subject: string;
            participants: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            }[];
            messageCount: number;
            /**
             * @description Sets the response time expected by the charter's protocol (communication)
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal";
            /** Format: date-time */
            lastMessageAt: string;
            /** @description A message came after the caller last read it */
            unread: boolean;
            /** Format: date-time */
            createdAt: string;
            messages: components["schemas"]["Message"][];
        };
        ThreadPage: {
            items: components["schemas"]["ThreadSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ThreadSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            distributorId: string;
            subject: string;
            participants: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: "principal" | "distributor";
            }[];
            messageCount: number;
            /**
             * @description Sets the response time expected by the charter's protocol (communication)
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal";
            /** Format: date-time */
            lastMessageAt: string;
            /** @description A message came after the caller last read it */
            unread: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        TierRules: {
            /** @description First match wins; a rule without minimums catches the rest */
            rules: {
                tier: string;
                /** @default null */
                minAttainment: number | null;
                /** @default null */
                minGrowth: number | null;
                /** @default null */
                minTimeliness: number | null;
                /** @default null */
                minSatisfaction: number | null;
            }[];
        };
        TierRulesInput: {
            /** @description First match wins; a rule without minimums catches the rest */
            rules: {
                tier: string;
                /** @default null */
                minAttainment?: number | null;
                /** @default null */
                minGrowth?: number | null;
                /** @default null */
                minTimeliness?: number | null;
                /** @default null */
                minSatisfaction?: number | null;
            }[];
        };
        TimeProposal: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            proposedStartsAt: string;
            /** Format: date-time */
            previousStartsAt: string;
            reason: string;
            proposedByName: string | null;
            /**
             * @description The proposer’s side
             * @enum {string}
             */
            side: "principal" | "distributor";
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "withdrawn";
            answerNote: string | null;
            answeredByName: string | null;
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The caller may accept or decline it */
            canAnswer: boolean;
            /** @description The caller may withdraw it */
            canWithdraw: boolean;
        };
        Translation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            versionNumber: number;
            language: string;
            /** @enum {string} */
            status: "requested" | "in_review" | "changes_requested" | "approved" | "withdrawn";
            dueOn: string | null;
            reviewer: {
                userId: string | null;
                name: string;
            };
            requestedBy: {
                userId: string | null;
                name: string;
            };
            /** Format: date-time */
            requestedAt: string;
            /** @description The newest upload */
            file: components["schemas"]["LibraryFile"] | null;
            /** @description Oldest first */
            history: {
                /** @enum {string} */
                kind: "requested" | "uploaded" | "changes_requested" | "approved" | "withdrawn";
                comment: string | null;
                fileId: string | null;
                actor: {
                    userId: string | null;
                    name: string;
                };
                /** Format: date-time */
                at: string;
            }[];
            canUpload: boolean;
            canReview: boolean;
        };
        /** @description Asking for changes needs a comment */
        TranslationReview: {
            /** @constant */
            decision: "approve";
            comment?: string | null;
        } | {
            /** @constant */
            decision: "changes";
            comment: string;
        };
        TranslationReviewer: {
            /** Format: uuid */
            userId: string;
            name: string;
            distributorId: string | null;
            distributorName: string | null;
            /** @description Their distributor’s languages */
            languages: string[];
        };
        TranslationWithdrawal: {
            reason: string;
        };
        UnitCosts: {
            costs: {
                /**
                 * @description Product line code
                 * @example BRK-PAD
                 */
                productLine: string;
                /**
                 * @description ISO 4217 currency code
                 * @example EUR
                 */
                currency: string;
                /** @description null removes the cost */
                unitCost: number | null;
            }[];
        };
        UnreadCount: {
            unread: number;
        };
        WarningSignal: {
            /** @enum {string} */
            kind: "report_late" | "revenue_down" | "stock_below_buffer" | "meetings_missed" | "follow_ups_overdue" | "competitor_mentioned" | "silence" | "orders_down" | "order_gap" | "milestones_overdue" | "onboarding_stalled";
            /** @enum {string} */
            severity: "warning" | "critical";
            /** @description The signal in the caller’s language */
            reason: string;
            params: {
                [key: string]: string | number | string[];
            };
            evidence: {
                /** @enum {string} */
                kind: "report" | "scorecard" | "cadence" | "threads" | "interactions" | "plan" | "onboarding";
                path: string;
            }[];
        };
        WarningThresholds: {
            /** @description Days after its due date before a report counts as late */
            reportGraceDays: number;
            /** @description The fall in revenue, in percent, that counts as down */
            revenueDropPercent: number;
            /** @description Meetings missed or cancelled in 90 days that raise a signal */
            missedMeetings: number;
            /** @description Overdue notes and action items together that raise a signal */
            overdueFollowUps: number;
            /** @description Weeks without inbound contact that count as silence */
            silenceWeeks?: number;
            /** @description Hours to answer a contact, where no charter sets it */
            responseHours?: number;
            /** @description The fall in net order value, in percent, that counts as down */
            orderDropPercent?: number;
            /** @description Times its usual interval between orders that a gap must exceed */
            orderGapFactor?: number;
            /** @description Overdue milestones of the joint plan that raise a signal */
            overdueMilestones?: number;
            /** @description Days an onboarding step may run past its due day before it raises a signal */
            onboardingLateDays?: number;
            /** @description Signals together that put a distributor at risk (a critical one always does) */
            atRiskSignals?: number;
        };
        WarningThresholdsInput: {
            /** @description Days after its due date before a report counts as late */
            reportGraceDays: number;
            /** @description The fall in revenue, in percent, that counts as down */
            revenueDropPercent: number;
            /** @description Meetings missed or cancelled in 90 days that raise a signal */
            missedMeetings: number;
            /** @description Overdue notes and action items together that raise a signal */
            overdueFollowUps: number;
            /** @description Weeks without inbound contact that count as silence */
            silenceWeeks?: number;
            /** @description Hours to answer a contact, where no charter sets it */
            responseHours?: number;
            /** @description The fall in net order value, in percent, that counts as down */
            orderDropPercent?: number;
            /** @description Times its usual interval between orders that a gap must exceed */
            orderGapFactor?: number;
            /** @description Overdue milestones of the joint plan that raise a signal */
            overdueMilestones?: number;
            /** @description Days an onboarding step may run past its due day before it raises a signal */
            onboardingLateDays?: number;
            /** @description Signals together that put a distributor at risk (a critical one always does) */
            atRiskSignals?: number;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /**
             * @description standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a Microsoft Teams message with an Adaptive Card
             * @enum {string}
             */
            format: "standard" | "slack" | "teams";
            eventTypes: ("charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked")[];
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookAttempt: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            statusCode: number | null;
            durationMs: number;
            responseExcerpt: string | null;
            error: string | null;
        };
        WebhookCreated: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /**
             * @description standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a Microsoft Teams message with an Adaptive Card
             * @enum {string}
             */
            format: "standard" | "slack" | "teams";
            eventTypes: ("charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked")[];
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The signing secret (whsec_…), shown this once: store it with the receiver */
            secret: string;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description Sent as the webhook-id header, the same on every retry
             */
            id: string;
            eventType: string;
            eventId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: components["schemas"]["WebhookAttempt"][];
            /** Format: date-time */
            createdAt: string;
            lastAttemptAt: string | null;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            total: number;
            page: number;
            pageSize: number;
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
        };
        WebhookPatch: {
            /**
             * @description http(s) URL; private, loopback and link-local addresses are refused
             * @example https://erp.example.com/hooks/liaison
             */
            url?: string;
            description?: string;
            /**
             * @description standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a Microsoft Teams message with an Adaptive Card
             * @enum {string}
             */
            format?: "standard" | "slack" | "teams";
            eventTypes?: ("charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked")[];
            isActive?: boolean;
        };
        WebhookSecretRotated: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /**
             * @description standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a Microsoft Teams message with an Adaptive Card
             * @enum {string}
             */
            format: "standard" | "slack" | "teams";
            eventTypes: ("charter.signed" | "charter.amendment_proposed" | "charter.amendment_drafted" | "charter.amendment_declined" | "report.submitted" | "report.entered_on_behalf" | "report.confirmed" | "report.late" | "health.changed" | "concern.sent" | "message.received" | "meeting.cancelled" | "meeting.time_proposed" | "meeting.time_declined" | "meeting.rescheduled" | "feedback.round_opened" | "feedback.reminder" | "plan.change_proposed" | "plan.change_agreed" | "plan.change_declined" | "plan.confirmed" | "playbook.item_ticked" | "playbook.items_unticked")[];
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The signing secret (whsec_…), shown this once: store it with the receiver */
            secret: string;
            /**
             * Format: date-time
             * @description Until then every message is signed with the previous secret too
             */
            previousSecretUntil: string;
        };
    };
    responses: {
        /** @description The request body is not well-formed */
        MalformedRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not signed in, or the token is not valid */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller’s role does not allow this */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in the caller’s workspace */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource’s state does not allow this */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The link expired or was used */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the server accepts */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body’s media type is not accepted */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Fields are invalid; `errors` points at each one */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests or attempts; `Retry-After` says when to try again */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed; the answer names the request id */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The demo data is loaded here (LIAISON_DEMO): made-up companies and published passwords, so the app shows a warning banner */
                        demo: boolean;
                        /** @description The OpenID Connect provider people may sign in with */
                        singleSignOn: {
                            name: string;
                        } | null;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        secondFactor: "totp";
                        /** @description Send it back with the code, within five minutes. */
                        challenge: string;
                    };
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            locale: string;
                            timeZone: string;
                        };
                        /** Format: uuid */
                        workspaceId: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        workspaces: {
                            /** Format: uuid */
                            workspaceId: string;
                            workspaceName: string;
                            workspaceSlug: string;
                            /** @enum {string} */
                            role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                            distributorId: string | null;
                        }[];
                        /** @description The workspace requires a second factor you have not set up yet. */
                        mustEnrolTwoFactor: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description BCP 47 language tag
                     * @example vi
                     */
                    locale?: string;
                    /**
                     * @description IANA time zone name
                     * @example Asia/Ho_Chi_Minh
                     */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    switchWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        tokenPrefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        tokenPrefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @description The secret; shown only in this response. */
                        token: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        tokenPrefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        distributorName: string | null;
                        /** Format: date-time */
                        joinedAt: string;
                        /** @description Null while the member can sign in */
                        deactivatedAt: string | null;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    changeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                } | {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        deactivatedAt: string | null;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        distributorName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                    distributorId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        distributorId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** @enum {string} */
                        role: "principal_admin" | "principal_manager" | "principal_viewer" | "distributor_admin" | "distributor_member";
                        workspaceName: string;
                        distributorName: string | null;
                        hasAccount: boolean;
                    };
                };
            };
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    completeSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    /** @description The six digits from the authenticator app, or a recovery code. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    previewPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        lastSeenAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        userAgent: string | null;
                        ip: string | null;
                        /** @description The session this request came with. */
                        isCurrent: boolean;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    endMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    endMyOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMyTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        recoveryCodesLeft: number;
                        requiredByWorkspace: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startMyTwoFactorSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The otpauth:// URI an authenticator app scans. */
                        uri: string;
                        /** @description The URI as a QR code, an SVG document. */
                        qrSvg: string;
                        /** @description The secret in base32, to type in by hand. */
                        secret: string;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    enableMyTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown only in this response. */
                        codes: string[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    disableMyTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceMyRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown only in this response. */
                        codes: string[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkspaceSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requireTwoFactor: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setWorkspaceSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requireTwoFactor: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requireTwoFactor: boolean;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: {
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect (Location) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDistributorOwners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        email: string;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setDistributorOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A principal member of the workspace; null leaves the distributor unowned */
                    ownerId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        legalName: string | null;
                        country: string;
                        city: string | null;
                        timeZone: string;
                        languages: string[];
                        website: string | null;
                        /**
                         * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                         * @enum {string}
                         */
                        status: "active" | "archived";
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                        lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The principal’s internal notes; always null for a distributor’s users (principal-internal) */
                        notes: string | null;
                        reportCurrency: string;
                        /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                        ownerId: string | null;
                        ownerName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    bulkChangeLifecycleStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /** @enum {string} */
                    stage: "prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** Format: uuid */
                            id: string;
                            /** @description Null for an id the caller cannot see */
                            name: string | null;
                            ok: boolean;
                            /** @description Why the row was refused, in words */
                            detail: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    bulkChangeOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /** @description A principal member of the workspace; null leaves the distributor unowned */
                    ownerId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** Format: uuid */
                            id: string;
                            /** @description Null for an id the caller cannot see */
                            name: string | null;
                            ok: boolean;
                            /** @description Why the row was refused, in words */
                            detail: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDistributors: {
        parameters: {
            query?: {
                q?: string;
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example VN
                 */
                country?: string;
                status?: ("active" | "archived") | "all";
                /** @description Principal’s users only: a distributor’s user naming a stage is refused (403) */
                stage?: "prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated";
                /** @description Principal’s users only: me (my distributors), none (unowned) or a member’s id */
                owner?: "me" | "none" | string;
                sort?: "name" | "country" | "lifecycleStage" | "updatedAt";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            legalName: string | null;
                            country: string;
                            city: string | null;
                            timeZone: string;
                            languages: string[];
                            website: string | null;
                            /**
                             * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                             * @enum {string}
                             */
                            status: "active" | "archived";
                            /**
                             * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                             * @enum {string}
                             */
                            relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                            /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                            lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                            reportCurrency: string;
                            /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            contactCount: number;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createDistributor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    legalName?: string | null;
                    /**
                     * @description ISO 3166-1 alpha-2 country code
                     * @example VN
                     */
                    country: string;
                    city?: string | null;
                    /**
                     * @description IANA time zone name
                     * @example Asia/Ho_Chi_Minh
                     */
                    timeZone: string;
                    languages: string[];
                    website?: string | null;
                    /** @description The principal’s internal notes; never shown to the distributor’s users */
                    notes?: string | null;
                    /**
                     * @default prospect
                     * @enum {string}
                     */
                    lifecycleStage?: "prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated";
                    /**
                     * @description The currency of the monthly reports and targets (ISO 4217); default EUR
                     * @default EUR
                     * @example EUR
                     */
                    reportCurrency?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        legalName: string | null;
                        country: string;
                        city: string | null;
                        timeZone: string;
                        languages: string[];
                        website: string | null;
                        /**
                         * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                         * @enum {string}
                         */
                        status: "active" | "archived";
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                        lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The principal’s internal notes; always null for a distributor’s users (principal-internal) */
                        notes: string | null;
                        reportCurrency: string;
                        /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                        ownerId: string | null;
                        ownerName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    exportDistributors: {
        parameters: {
            query?: {
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The distributors as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importDistributors: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        imported: number;
                        dryRun: boolean;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        legalName: string | null;
                        country: string;
                        city: string | null;
                        timeZone: string;
                        languages: string[];
                        website: string | null;
                        /**
                         * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                         * @enum {string}
                         */
                        status: "active" | "archived";
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                        lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The principal’s internal notes; always null for a distributor’s users (principal-internal) */
                        notes: string | null;
                        reportCurrency: string;
                        /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                        ownerId: string | null;
                        ownerName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateDistributor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    legalName?: string | null;
                    /**
                     * @description ISO 3166-1 alpha-2 country code
                     * @example VN
                     */
                    country?: string;
                    city?: string | null;
                    /**
                     * @description IANA time zone name
                     * @example Asia/Ho_Chi_Minh
                     */
                    timeZone?: string;
                    languages?: string[];
                    website?: string | null;
                    /** @description The principal’s internal notes; never shown to the distributor’s users */
                    notes?: string | null;
                    /**
                     * @description The currency of the monthly reports and targets (ISO 4217)
                     * @example EUR
                     */
                    reportCurrency?: string;
                    /**
                     * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                     * @enum {string}
                     */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        legalName: string | null;
                        country: string;
                        city: string | null;
                        timeZone: string;
                        languages: string[];
                        website: string | null;
                        /**
                         * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                         * @enum {string}
                         */
                        status: "active" | "archived";
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                        lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The principal’s internal notes; always null for a distributor’s users (principal-internal) */
                        notes: string | null;
                        reportCurrency: string;
                        /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                        ownerId: string | null;
                        ownerName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listLifecycleEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fromStatus: ("prospect" | "onboarding" | "active" | "suspended" | "terminated") | null;
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        toStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The stage before; null for the first event, and for a distributor’s users */
                        fromStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The stage after; always null for a distributor’s users (principal-internal) */
                        toStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description Why the principal moved it; always null for a distributor’s users */
                        reason: string | null;
                        changedByName: string | null;
                        /** Format: date-time */
                        changedAt: string;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    changeLifecycleStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    stage: "prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated";
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        legalName: string | null;
                        country: string;
                        city: string | null;
                        timeZone: string;
                        languages: string[];
                        website: string | null;
                        /**
                         * @description active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus
                         * @enum {string}
                         */
                        status: "active" | "archived";
                        /**
                         * @description The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active
                         * @enum {string}
                         */
                        relationshipStatus: "prospect" | "onboarding" | "active" | "suspended" | "terminated";
                        /** @description The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal) */
                        lifecycleStage: ("prospect" | "onboarding" | "active" | "at_risk" | "suspended" | "terminated") | null;
                        /** @description The principal’s internal notes; always null for a distributor’s users (principal-internal) */
                        notes: string | null;
                        reportCurrency: string;
                        /** @description The principal member who owns the relationship; always null for a distributor’s users (principal-internal) */
                        ownerId: string | null;
                        ownerName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        name: string;
                        /** @enum {string} */
                        role: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        title: string | null;
                        email: string | null;
                        phone: string | null;
                        language: string | null;
                        timeZone: string | null;
                        isPrimary: boolean;
                        workStart: string;
                        workEnd: string;
                        workWeekdays: number[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default distributor
                     * @enum {string}
                     */
                    side?: "principal" | "distributor";
                    name: string;
                    /** @enum {string} */
                    role: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                    title?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    language?: string | null;
                    /** @description IANA zone; left out, a contact of the distributor side gets the distributor’s zone; null: unknown */
                    timeZone?: string | null;
                    /** @default false */
                    isPrimary?: boolean;
                    /**
                     * @description Local time HH:MM
                     * @default 09:00
                     * @example 09:00
                     */
                    workStart?: string;
                    /**
                     * @description Local time HH:MM, or 24:00 for midnight
                     * @default 17:30
                     * @example 17:30
                     */
                    workEnd?: string;
                    /**
                     * @description ISO weekdays, 1 = Monday … 7 = Sunday
                     * @default [
                     *       1,
                     *       2,
                     *       3,
                     *       4,
                     *       5
                     *     ]
                     * @example [
                     *       1,
                     *       2,
                     *       3,
                     *       4,
                     *       5
                     *     ]
                     */
                    workWeekdays?: number[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        name: string;
                        /** @enum {string} */
                        role: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        title: string | null;
                        email: string | null;
                        phone: string | null;
                        language: string | null;
                        timeZone: string | null;
                        isPrimary: boolean;
                        workStart: string;
                        workEnd: string;
                        workWeekdays: number[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    role?: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                    title?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    language?: string | null;
                    timeZone?: string | null;
                    isPrimary?: boolean;
                    /**
                     * @description Local time HH:MM
                     * @example 09:00
                     */
                    workStart?: string;
                    /**
                     * @description Local time HH:MM, or 24:00 for midnight
                     * @example 17:30
                     */
                    workEnd?: string;
                    /**
                     * @description ISO weekdays, 1 = Monday … 7 = Sunday
                     * @example [
                     *       1,
                     *       2,
                     *       3,
                     *       4,
                     *       5
                     *     ]
                     */
                    workWeekdays?: number[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        name: string;
                        /** @enum {string} */
                        role: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        title: string | null;
                        email: string | null;
                        phone: string | null;
                        language: string | null;
                        timeZone: string | null;
                        isPrimary: boolean;
                        workStart: string;
                        workEnd: string;
                        workWeekdays: number[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEscalationSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        level: number;
                        /** Format: uuid */
                        contactId: string;
                        contactName: string;
                        /** @enum {string} */
                        contactRole: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        contactEmail: string | null;
                        contactPhone: string | null;
                        /** @enum {string} */
                        channel: "email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter";
                        responseTimeHours: number;
                        note: string | null;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createEscalationStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    side: "principal" | "distributor";
                    level: number;
                    /** Format: uuid */
                    contactId: string;
                    /** @enum {string} */
                    channel: "email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter";
                    responseTimeHours: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        level: number;
                        /** Format: uuid */
                        contactId: string;
                        contactName: string;
                        /** @enum {string} */
                        contactRole: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        contactEmail: string | null;
                        contactPhone: string | null;
                        /** @enum {string} */
                        channel: "email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter";
                        responseTimeHours: number;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEscalationStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEscalationStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    level?: number;
                    /** Format: uuid */
                    contactId?: string;
                    /** @enum {string} */
                    channel?: "email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter";
                    responseTimeHours?: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        distributorId: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                        level: number;
                        /** Format: uuid */
                        contactId: string;
                        contactName: string;
                        /** @enum {string} */
                        contactRole: "general_manager" | "sales_director" | "purchasing_lead" | "sales_rep" | "account_manager" | "regional_sales_manager" | "export_director" | "technical_support" | "other";
                        contactEmail: string | null;
                        contactPhone: string | null;
                        /** @enum {string} */
                        channel: "email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter";
                        responseTimeHours: number;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listSavedFilters: {
        parameters: {
            query: {
                page: "directory";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        page: "directory";
                        name: string;
                        query: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    page: "directory";
                    name: string;
                    /** @description The page’s URL query without the "?", e.g. "country=VN&owner=me" */
                    query: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        page: "directory";
                        name: string;
                        query: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    renameSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        page: "directory";
                        name: string;
                        query: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductLines: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createProductLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    category?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    category?: string | null;
                    archived?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listSubdivisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                country: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCharterOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterOverview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The first draft; by default the signed version (an amendment) or sensible defaults */
                    content?: {
                        territory: {
                            grants?: {
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                                /** @description ISO 3166-2 subdivision code; empty for the whole country */
                                region?: string | null;
                                /** @default [] */
                                productLineIds?: string[];
                                exclusive: boolean;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 * @example 2026-01-01
                                 */
                                startsOn: string;
                                endsOn?: string | null;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        assignedAccounts: {
                            /** @default [] */
                            accounts?: {
                                company: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        carveOuts: {
                            /** @default [] */
                            accounts?: {
                                company: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                                /** @default  */
                                reason?: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        productCoverage: {
                            /** @enum {string} */
                            mode: "full" | "subset";
                            /** @default [] */
                            productLineIds?: string[];
                            /** @default  */
                            clause?: string;
                        };
                        inventory: {
                            lines?: {
                                productLineId?: string | null;
                                minimumOrderQuantity: number;
                                bufferWeeks: number;
                            }[];
                            /** @enum {string} */
                            financing: "distributor" | "principal" | "shared";
                            paymentTermsDays: number;
                            /** @default  */
                            clause?: string;
                        };
                        principalCommitments: {
                            deliveryLeadTimeDays: number;
                            marketingFundsPerYear: number;
                            currency: string;
                            trainingDaysPerYear: number;
                            technicalSupportResponseHours: number;
                            /** @default  */
                            clause?: string;
                        };
                        goals: {
                            /** @default [] */
                            items?: {
                                metric: string;
                                target: number;
                                unit: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 * @example 2026-01-01
                                 */
                                dueOn: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        reporting: {
                            monthlyReportDueDay: number;
                            /** @default [] */
                            contents?: ("sales" | "inventory" | "pipeline" | "market_intelligence" | "competitive_activity" | "customer_satisfaction")[];
                            /** @default  */
                            clause?: string;
                        };
                        communication: {
                            /** @default [] */
                            meetings?: {
                                /** @enum {string} */
                                kind: "weekly" | "monthly" | "quarterly" | "annual";
                                minutes: number;
                            }[];
                            /** @default [] */
                            channels?: ("email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter")[];
                            /**
                             * @description BCP 47 language tag
                             * @example vi
                             */
                            workingLanguage: string;
                            /** @default  */
                            translationRule?: string;
                            notesDueHours: number;
                            responseHours: {
                                urgent: number;
                                high: number;
                                normal: number;
                            };
                            /** @default  */
                            clause?: string;
                        };
                        problemResolution: {
                            /** @default [] */
                            severities?: {
                                /** @enum {string} */
                                severity: "critical" | "major" | "minor";
                                responseHours: number;
                                resolutionDays: number;
                            }[];
                            /**
                             * @default ladders
                             * @enum {string}
                             */
                            escalation?: "ladders" | "custom";
                            /** @default  */
                            clause?: string;
                        };
                        term: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-01-01
                             */
                            startsOn: string;
                            endsOn?: string | null;
                            reviewOn?: string | null;
                            /** @enum {string} */
                            renewal: "automatic" | "by_agreement" | "none";
                            terminationNoticeDays: number;
                            /** @default  */
                            clause?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersion"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    checkCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        errors: {
                            pointer: string;
                            detail: string;
                        }[];
                        conflicts: components["schemas"]["CharterConflict"][];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    compareCharterVersions: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterComparison"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCharterVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersion"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCharterContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        territory: {
                            grants?: {
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                                /** @description ISO 3166-2 subdivision code; empty for the whole country */
                                region?: string | null;
                                /** @default [] */
                                productLineIds?: string[];
                                exclusive: boolean;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 * @example 2026-01-01
                                 */
                                startsOn: string;
                                endsOn?: string | null;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        assignedAccounts: {
                            /** @default [] */
                            accounts?: {
                                company: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        carveOuts: {
                            /** @default [] */
                            accounts?: {
                                company: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example VN
                                 */
                                country: string;
                                /** @default  */
                                reason?: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        productCoverage: {
                            /** @enum {string} */
                            mode: "full" | "subset";
                            /** @default [] */
                            productLineIds?: string[];
                            /** @default  */
                            clause?: string;
                        };
                        inventory: {
                            lines?: {
                                productLineId?: string | null;
                                minimumOrderQuantity: number;
                                bufferWeeks: number;
                            }[];
                            /** @enum {string} */
                            financing: "distributor" | "principal" | "shared";
                            paymentTermsDays: number;
                            /** @default  */
                            clause?: string;
                        };
                        principalCommitments: {
                            deliveryLeadTimeDays: number;
                            marketingFundsPerYear: number;
                            currency: string;
                            trainingDaysPerYear: number;
                            technicalSupportResponseHours: number;
                            /** @default  */
                            clause?: string;
                        };
                        goals: {
                            /** @default [] */
                            items?: {
                                metric: string;
                                target: number;
                                unit: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 * @example 2026-01-01
                                 */
                                dueOn: string;
                            }[];
                            /** @default  */
                            clause?: string;
                        };
                        reporting: {
                            monthlyReportDueDay: number;
                            /** @default [] */
                            contents?: ("sales" | "inventory" | "pipeline" | "market_intelligence" | "competitive_activity" | "customer_satisfaction")[];
                            /** @default  */
                            clause?: string;
                        };
                        communication: {
                            /** @default [] */
                            meetings?: {
                                /** @enum {string} */
                                kind: "weekly" | "monthly" | "quarterly" | "annual";
                                minutes: number;
                            }[];
                            /** @default [] */
                            channels?: ("email" | "phone" | "whatsapp" | "chat" | "video_call" | "visit" | "letter")[];
                            /**
                             * @description BCP 47 language tag
                             * @example vi
                             */
                            workingLanguage: string;
                            /** @default  */
                            translationRule?: string;
                            notesDueHours: number;
                            responseHours: {
                                urgent: number;
                                high: number;
                                normal: number;
                            };
                            /** @default  */
                            clause?: string;
                        };
                        problemResolution: {
                            /** @default [] */
                            severities?: {
                                /** @enum {string} */
                                severity: "critical" | "major" | "minor";
                                responseHours: number;
                                resolutionDays: number;
                            }[];
                            /**
                             * @default ladders
                             * @enum {string}
                             */
                            escalation?: "ladders" | "custom";
                            /** @default  */
                            clause?: string;
                        };
                        term: {
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             * @example 2026-01-01
                             */
                            startsOn: string;
                            endsOn?: string | null;
                            reviewOn?: string | null;
                            /** @enum {string} */
                            renewal: "automatic" | "by_agreement" | "none";
                            terminationNoticeDays: number;
                            /** @default  */
                            clause?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersion"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    transitionCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description send: draft → negotiation; agree: draft or negotiation → agreed (no open points, no conflicts); reopen: agreed → negotiation (voids signatures)
                     * @enum {string}
                     */
                    action: "send" | "agree" | "reopen";
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersion"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listCharterPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterPoint"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    raiseCharterPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    section: "territory" | "assignedAccounts" | "carveOuts" | "productCoverage" | "inventory" | "principalCommitments" | "goals" | "reporting" | "communication" | "problemResolution" | "term";
                    title: string;
                    position: string;
                    /** @description Optional: the new value proposed for the whole section (same shape as content[section]) */
                    proposal?: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: number;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    respondToCharterPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description position: state your side’s position (and optionally a counter-proposal); comment; agreed: accept the other side’s current proposal (applied to the text); conceded: drop your own proposal and keep the text; withdrawn: the side that raised the point drops it
                     * @enum {string}
                     */
                    kind: "position" | "comment" | "agreed" | "conceded" | "withdrawn";
                    body?: string | null;
                    proposal?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: number;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    signCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    typedName: string;
                    /**
                     * @description The signer’s role in their company
                     * @example General Director
                     */
                    signerRole: string;
                    /**
                     * @description Consent to sign exactly this text electronically
                     * @enum {boolean}
                     */
                    consent: true;
                    /** @description The SHA-256 the signer was shown; refused if the text changed since */
                    contentHash: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersion"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getSignedCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVerification"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listCharterAmendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendment"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposeCharterAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    section: "territory" | "assignedAccounts" | "carveOuts" | "productCoverage" | "inventory" | "principalCommitments" | "goals" | "reporting" | "communication" | "problemResolution" | "term" | "general";
                    /** @description What should change */
                    change: string;
                    /** @description Why */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendment"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    draftFromCharterAmendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The open proposals the new draft takes up */
                    numbers: number[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendmentDraft"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    declineCharterAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the principal declines it; the proposer reads it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendment"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawCharterAmendment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAmendment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCharterPdf: {
        parameters: {
            query?: {
                /** @description Second language beside English (vi, th, zh, de); default: the distributor’s */
                lang?: string;
                download?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charter as PDF, in English beside a second language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCharterHtml: {
        parameters: {
            query?: {
                /** @description Second language beside English (vi, th, zh, de); default: the distributor’s */
                lang?: string;
                download?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charter as a web page, in English beside a second language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getHandbookPdf: {
        parameters: {
            query?: {
                /** @description Second language beside English (vi, th, zh, de); default: the distributor’s */
                lang?: string;
                download?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Relationship Operating Handbook as PDF, in English beside a second language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getHandbookHtml: {
        parameters: {
            query?: {
                /** @description Second language beside English (vi, th, zh, de); default: the distributor’s */
                lang?: string;
                download?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Relationship Operating Handbook as a web page, in English beside a second language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What is measured, e.g. "Revenue, first year" */
                    metric: string;
                    target: number;
                    /** @description e.g. EUR, workshops, % */
                    unit: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @default null */
                    kpi?: ("attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "orderGrowth") | null;
                    /** @default [] */
                    objectives?: {
                        text: string;
                        /**
                         * @description The side that carries it out
                         * @default null
                         */
                        ownerSide?: ("principal" | "distributor") | null;
                    }[];
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanGoalChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What is measured, e.g. "Revenue, first year" */
                    metric: string;
                    target: number;
                    /** @description e.g. EUR, workshops, % */
                    unit: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @default null */
                    kpi?: ("attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "orderGrowth") | null;
                    /** @default [] */
                    objectives?: {
                        text: string;
                        /**
                         * @description The side that carries it out
                         * @default null
                         */
                        ownerSide?: ("principal" | "distributor") | null;
                    }[];
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanGoalRemoval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setPlanObjectiveDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectiveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isDone: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanObjective"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanResponsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    principal: string[];
                    distributor: string[];
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @enum {string} */
                    ownerSide: "principal" | "distributor";
                    /**
                     * @description The person of the owning side, if one is named
                     * @default null
                     */
                    ownerName?: string | null;
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanMilestoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /**
                     * Format: date
                     * @description The deadline, a calendar day
                     */
                    dueOn: string;
                    /** @enum {string} */
                    ownerSide: "principal" | "distributor";
                    /**
                     * @description The person of the owning side, if one is named
                     * @default null
                     */
                    ownerName?: string | null;
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposePlanMilestoneRemoval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Why the change is proposed; the other side reads it
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setPlanMilestoneStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "planned" | "in_progress" | "done";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanMilestone"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    agreePlanChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    declinePlanChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the change is declined; the proposer reads it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawPlanChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The year the plan is confirmed for: this year, or from October the next */
                    year: number;
                    /**
                     * @description A word to the other side, e.g. what was discussed
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanConfirmations"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributorFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorFeedback"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    openFeedbackRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRound"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    answerFeedbackRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        /** @description From 1 (poor) to 5 (very good) */
                        communication: number;
                        /** @description From 1 (poor) to 5 (very good) */
                        support: number;
                        /** @description From 1 (poor) to 5 (very good) */
                        commitments: number;
                        /** @description From 1 (poor) to 5 (very good) */
                        overall: number;
                    };
                    comments?: {
                        communication?: string | null;
                        support?: string | null;
                        commitments?: string | null;
                        overall?: string | null;
                    };
                    /**
                     * @description A distributor’s comments for the principal’s admins only; its scores stay shared (always false for the principal’s people)
                     * @default false
                     */
                    commentsConfidential?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRound"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCalendarFeedStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as iCalendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cadence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The relationship’s start; default: the signed charter’s term start, or today
                     */
                    startsOn?: string;
                    /**
                     * @description ISO weekday of the operational check-in
                     * @default 2
                     */
                    checkInWeekday?: number;
                    /**
                     * @description ISO weekday of the reviews
                     * @default 4
                     */
                    reviewWeekday?: number;
                    /** @description Contacts of both sides who attend; default: each side’s primary contact */
                    attendeeContactIds?: string[];
                    videoUrl?: string | null;
                    /** @default 6 */
                    horizonMonths?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cadence"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CadencePlanPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cadence"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    changeMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "reschedule" | "cancel" | "skip";
                    /** Format: date-time */
                    startsAt?: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposeMeetingTime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description The new start, with its UTC offset
                     */
                    startsAt: string;
                    /** @default  */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    answerTimeProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    answer: "accept" | "decline";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawTimeProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    saveMeetingNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingNotesInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description Default: now */
                from?: string;
                /** @description Default: 7 days on */
                to?: string;
                /** @description `pending`: meetings of the last 90 days whose notes are due or overdue (from/to ignored) */
                notes?: "any" | "pending";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingOverview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listAllActionItems: {
        parameters: {
            query?: {
                status?: "open" | "done" | "dropped" | "all";
                /** @description Only items owned by a contact with your e-mail address */
                mine?: "true" | "false";
                overdue?: "true" | "false";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionItem"][];
                        total: number;
                        overdue: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listActionItems: {
        parameters: {
            query?: {
                status?: "open" | "done" | "dropped" | "all";
                /** @description Only items owned by a contact with your e-mail address */
                mine?: "true" | "false";
                overdue?: "true" | "false";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionItem"][];
                        total: number;
                        overdue: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActionItem"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    searchCommunication: {
        parameters: {
            query: {
                /** @description Text in thread subjects, messages and interaction summaries; without accents it also finds accented text ("nguyen" finds "Nguyễn") */
                q: string;
                /** @description Only this distributor */
                distributorId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationSearchPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listThreadCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        /** @enum {string} */
                        side: "principal" | "distributor";
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                /** @description Text in subject or messages */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewThread"];
                "multipart/form-data": components["schemas"]["NewThread"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    postMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMessage"];
                "multipart/form-data": components["schemas"]["NewMessage"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as its content was detected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/rtf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/gif": string;
                    "image/webp": string;
                    "image/tiff": string;
                    "image/bmp": string;
                    "image/heic": string;
                    "image/heif": string;
                    "image/avif": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.ms-powerpoint": string;
                    "text/csv": string;
                    "text/tab-separated-values": string;
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    markThreadRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listInteractions: {
        parameters: {
            query?: {
                channel?: "call" | "email" | "visit" | "whatsapp" | "other_chat" | "meeting";
                /** @description Occurred at or after */
                from?: string;
                /** @description Occurred before */
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    logInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInteraction"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                interactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                interactionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getResponsiveness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsiveness"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveInboundMail: {
        parameters: {
            query?: never;
            header?: {
                "x-liaison-inbound-secret"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundMail"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundMailOutcome"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundMailOutcome"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importInteractions: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": unknown;
                "multipart/form-data": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Data rows in the file */
                        rows: number;
                        /** @description Rows imported (0 on a dry run) */
                        imported: number;
                        dryRun: boolean;
                        interactions?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listReportMonths: {
        parameters: {
            query?: {
                months?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        dueDay: number;
                        months: components["schemas"]["ReportMonth"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    saveReportDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    draft: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        draftSavedAt: string;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    submitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        /**
                         * @description Calendar month, YYYY-MM
                         * @example 2026-03
                         */
                        period: string;
                        /**
                         * @description ISO 4217 currency code
                         * @example EUR
                         */
                        currency: string;
                        sales: {
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            units: number;
                            revenue: number;
                        }[];
                        inventory: {
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            unitsOnHand: number;
                        }[];
                        pipeline: {
                            account: string;
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            /** @enum {string} */
                            stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            value: number;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            expectedClose: string;
                        }[];
                        marketIntelligence: {
                            note: string;
                            tags: string[];
                        }[];
                        competitiveActivity: {
                            competitor: string;
                            product: string | null;
                            pricePoint: number | null;
                            observation: string;
                        }[];
                        customerSatisfaction: {
                            complaints: number;
                            returns: number;
                            score: number | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    submitReportOnBehalf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        /**
                         * @description Calendar month, YYYY-MM
                         * @example 2026-03
                         */
                        period: string;
                        /**
                         * @description ISO 4217 currency code
                         * @example EUR
                         */
                        currency: string;
                        sales: {
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            units: number;
                            revenue: number;
                        }[];
                        inventory: {
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            unitsOnHand: number;
                        }[];
                        pipeline: {
                            account: string;
                            /**
                             * @description Product line code
                             * @example BRK-PAD
                             */
                            productLine: string;
                            /** @enum {string} */
                            stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            value: number;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            expectedClose: string;
                        }[];
                        marketIntelligence: {
                            note: string;
                            tags: string[];
                        }[];
                        competitiveActivity: {
                            competitor: string;
                            product: string | null;
                            pricePoint: number | null;
                            observation: string;
                        }[];
                        customerSatisfaction: {
                            complaints: number;
                            returns: number;
                            score: number | null;
                        };
                    };
                    /** @description How the distributor sent the figures, e.g. "Figures sent by e-mail on 3 Dec" */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadReport: {
        parameters: {
            query: {
                filename: string;
            };
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        /** @description The file’s bytes */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "application/octet-stream": unknown;
                "text/csv": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadReportOnBehalf: {
        parameters: {
            query: {
                filename: string;
                /** @description How the distributor sent the figures, e.g. "Figures sent by e-mail on 3 Dec" */
                reason: string;
            };
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        /** @description The file’s bytes */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "application/octet-stream": unknown;
                "text/csv": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReportTemplate: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template as XLSX or CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReportRevisionFile: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision as XLSX or CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "accept" | "request_changes" | "comment";
                    /** @default  */
                    comment?: string;
                    /** @description The figure the comment or request is about: a JSON pointer into the current revision, e.g. /customerSatisfaction/complaints or /sales/0/units */
                    cell?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importReportHistory: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": unknown;
                "multipart/form-data": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Data rows in the file */
                        rows: number;
                        /** @description Rows imported (0 on a dry run) */
                        imported: number;
                        dryRun: boolean;
                        reports?: number;
                        facts?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listTargets: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        targets: components["schemas"]["Target"][];
                        /** @description Every period’s target as the scorecard uses it, entered or derived */
                        periods: {
                            /** @description A product line code; null for all lines */
                            productLine: string | null;
                            /** @enum {string} */
                            periodKind: "month" | "quarter" | "year";
                            /**
                             * @description Calendar month, YYYY-MM
                             * @example 2026-03
                             */
                            period: string;
                            revenue: number;
                            source: components["schemas"]["TargetSource"];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    targets: {
                        /** @description null: all product lines */
                        productLine: string | null;
                        /** @enum {string} */
                        periodKind: "month" | "quarter" | "year";
                        /**
                         * @description Calendar month, YYYY-MM
                         * @example 2026-03
                         */
                        period: string;
                        revenue: number;
                        /** @default null */
                        units?: number | null;
                    }[];
                    /** @description Remove this year’s other targets of the distributor first */
                    replaceYear?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: number[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getScorecard: {
        parameters: {
            query?: {
                months?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReviewPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: "monthly" | "quarterly";
                /** @description YYYY-MM for a monthly pack, YYYY-Qn for a quarterly one */
                label: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pack as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPortfolio: {
        parameters: {
            query?: {
                q?: string;
                country?: string;
                stage?: string;
                tier?: string;
                /** @description me: only the distributors the caller owns (my distributors) */
                owner?: "me";
                sort?: "name" | "country" | "tier" | "revenue12m" | "attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "margin" | "orderGrowth";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: {
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            /** @description Not modified: the page of the ETag sent is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    exportPortfolio: {
        parameters: {
            query?: {
                q?: string;
                country?: string;
                stage?: string;
                tier?: string;
                /** @description me: only the distributors the caller owns (my distributors) */
                owner?: "me";
                sort?: "name" | "country" | "tier" | "revenue12m" | "attainment" | "growth" | "sellThrough" | "inventoryTurns" | "weeksOfCover" | "timeliness" | "meetingsHeld" | "notesOnTime" | "actionsOnTime" | "complaints" | "returns" | "satisfaction" | "margin" | "orderGrowth";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listUnitCosts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        costs: {
                            productLine: string;
                            currency: string;
                            unitCost: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setUnitCosts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitCosts"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        costs: {
                            productLine: string;
                            currency: string;
                            unitCost: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getTierRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierRules"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setTierRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierRulesInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierRules"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importTargets: {
        parameters: {
            query: {
                filename: string;
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file’s bytes */
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        distributors: number;
                        imported: number;
                        dryRun: boolean;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReportingCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingCurrency"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setReportingCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportingCurrencyInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingCurrency"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listExchangeRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRateList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    putExchangeRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Units of the currency for one unit of the reporting currency (1 EUR = 38.4 THB)
                     * @example 38.4
                     */
                    rate: number;
                    /** @description Where the rate comes from, e.g. "ECB reference rate, monthly average" */
                    source: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRate"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteExchangeRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency: string;
                /**
                 * @description Calendar month, YYYY-MM
                 * @example 2026-03
                 */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importExchangeRates: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": unknown;
                "multipart/form-data": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Data rows in the file */
                        rows: number;
                        /** @description Rows imported (0 on a dry run) */
                        imported: number;
                        dryRun: boolean;
                        rates?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startReportsExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReportsExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReportsExportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export as ZIP */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                entityType?: string;
                action?: string;
                actor?: string;
                actorUserId?: string;
                distributorId?: string;
                from?: string;
                to?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: date-time */
                            occurredAt: string;
                            actorUserId: string | null;
                            actorName: string;
                            /** @enum {string} */
                            actorVia: "session" | "token" | "cli" | "system";
                            requestId: string | null;
                            distributorId: string | null;
                            entityType: string;
                            entityId: string;
                            action: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        nextBefore: number | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainState"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                entityType?: string;
                action?: string;
                actor?: string;
                actorUserId?: string;
                distributorId?: string;
                from?: string;
                to?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit log as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        toAddress: string;
                        subject: string;
                        bodyText: string;
                        /** @enum {string} */
                        status: "stored" | "sending" | "sent" | "failed";
                        attempts: number;
                        error: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        sentAt: string | null;
                    }[];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Playbook"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    savePlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The language the texts are written in
                     * @enum {string}
                     */
                    language: "en" | "de" | "vi" | "th" | "zh";
                    items: {
                        /** @description An existing item’s key; null adds one */
                        key: string | null;
                        /** @description Only for a new item; an existing item keeps the rule it has whatever is sent */
                        ruleCode: ("charter_signed" | "ladders_defined" | "meetings_held" | "first_report_accepted" | "first_qbr_held" | "targets_kpis_set" | "response_times" | "problem_resolution_protocol" | "goals_agreed" | "feedback_answered" | "evaluation_done") | null;
                        threshold: number | null;
                        title: string;
                        criteria: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Playbook"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPlaybookProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookProgress"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    evaluatePlaybooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookProgress"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributorPlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorPlaybook"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    tickPlaybookItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The item’s stable key; it survives edits of its text and position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why, or what shows it */
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorPlaybook"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    untickPlaybookItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The item’s stable key; it survives edits of its text and position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why, or what shows it */
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorPlaybook"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmPlaybookItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The item’s stable key; it survives edits of its text and position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorPlaybook"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getOnboardingPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingPortfolio"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getOnboardingJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingJourney"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    tickOnboardingStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A step a person ticks with a note */
                key: "training_assigned";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true ticks the step, false un-ticks it */
                    isDone: boolean;
                    /** @description What was done, or why it is open again */
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingJourney"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getOnboardingDueDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Days after the start the meeting cadence is due (standard: 7) */
                        cadencePlanned: number;
                        /** @description Days after the start the charter signed by both sides is due (standard: 30) */
                        charterSigned: number;
                        /** @description Days after the start the training assigned is due (standard: 30) */
                        trainingAssigned: number;
                        /** @description Days after the start the first monthly report is due (standard: 45) */
                        firstReport: number;
                        /** @description Days after the start the first order is due (standard: 60) */
                        firstOrder: number;
                        /** @description Days after the start the first monthly review with notes is due (standard: 90) */
                        firstMonthlyReview: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setOnboardingDueDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnboardingDueDays"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Days after the start the meeting cadence is due (standard: 7) */
                        cadencePlanned: number;
                        /** @description Days after the start the charter signed by both sides is due (standard: 30) */
                        charterSigned: number;
                        /** @description Days after the start the training assigned is due (standard: 30) */
                        trainingAssigned: number;
                        /** @description Days after the start the first monthly report is due (standard: 45) */
                        firstReport: number;
                        /** @description Days after the start the first order is due (standard: 60) */
                        firstOrder: number;
                        /** @description Days after the start the first monthly review with notes is due (standard: 90) */
                        firstMonthlyReview: number;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default yearly
                     * @enum {string}
                     */
                    kind?: "yearly" | "on_demand";
                    /** @description The year evaluated; this year (on the caller’s calendar) when left out */
                    year?: number;
                    /** @description Required for an on-demand evaluation */
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    writeEvaluationPrincipalPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Areas for improvement */
                    improvements?: string | null;
                    decision?: ("renew" | "develop" | "watch" | "exit") | null;
                    decisionReasons?: string | null;
                    followUps?: {
                        text: string;
                        /** @enum {string} */
                        ownerSide: "principal" | "distributor";
                        /** @description A person, if one owns it */
                        ownerName?: string | null;
                        /** @default null */
                        dueOn?: string | null;
                    }[];
                    /** @description For the principal’s people only; never shown to the distributor */
                    internalNote?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    writeEvaluationAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The side’s qualitative assessment of the relationship */
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    completeEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the evaluation is completed without the distributor’s assessment */
                    noResponseReason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reopenEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorEvaluation"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvaluationPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEarlyWarnings: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD, UTC; today when left out */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf: string;
                        distributors: {
                            /** Format: uuid */
                            distributorId: string;
                            name: string;
                            country: string;
                            /** @enum {string} */
                            state: "healthy" | "watch" | "at_risk";
                            signals: components["schemas"]["WarningSignal"][];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getWarningSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningThresholds"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setWarningSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WarningThresholdsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningThresholds"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    evaluateEarlyWarnings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf: string;
                        /** @description Distributors assessed */
                        assessed: number;
                        /** @description Health rows recorded: states that changed */
                        recorded: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributorHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        distributorId: string;
                        /** Format: date */
                        asOf: string;
                        /** @enum {string} */
                        state: "healthy" | "watch" | "at_risk";
                        signals: components["schemas"]["WarningSignal"][];
                        history: {
                            /** Format: date */
                            asOf: string;
                            /** @enum {string} */
                            state: "healthy" | "watch" | "at_risk";
                            reasons: components["schemas"]["WarningSignal"][];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEscalationActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EscalationAction"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    recordEscalationAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEscalationAction"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationAction"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getEscalationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationSettings"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setEscalationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationSettingsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationSettings"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listConcerns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ConcernSummary"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    draftConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewConcern"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    discardConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    changeConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcernPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    sendConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getConcernPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The concern as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    acknowledgeConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    respondToConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                concernId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcernResponseInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description true: only unread ones */
                unread?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotificationsRead"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhook"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretRotated"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "succeeded" | "failed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDistributorOrders: {
        parameters: {
            query?: {
                /** @description Ordered on or after */
                from?: string;
                /** @description Ordered on or before */
                to?: string;
                /** @description A product line code */
                productLine?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importOrders: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": unknown;
                "multipart/form-data": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Data rows in the file */
                        rows: number;
                        /** @description Rows imported (0 on a dry run) */
                        imported: number;
                        dryRun: boolean;
                        inserted?: number;
                        replaced?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listLibraryDocuments: {
        parameters: {
            query?: {
                /** @description Words of the title */
                q?: string;
                kind?: components["schemas"]["DocumentKind"];
                /**
                 * @description Only documents with no current file in this language (missing or outdated)
                 * @example vi
                 */
                language?: string;
                /** @description Archived documents instead of current ones (principal staff) */
                archived?: "true" | "false";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createLibraryDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["NewDocument"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getLibraryDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateLibraryDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    addLibraryDocumentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["NewDocumentVersion"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listTranslationReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationReviewer"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    requestTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTranslation"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                translationId: string;
            };
            cookie?: never;
        };
        /** @description multipart/form-data: the file in `file` */
        requestBody: {
            content: {
                "multipart/form-data": Record<string, never>;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                translationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslationReview"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                translationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslationWithdrawal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDocumentDetail"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadLibraryFile: {
        parameters: {
            query?: {
                /** @description Show a PDF or an image in the browser instead of downloading it */
                inline?: "true" | "false";
            };
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as its content was detected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/rtf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/gif": string;
                    "image/webp": string;
                    "image/tiff": string;
                    "image/bmp": string;
                    "image/heic": string;
                    "image/heif": string;
                    "image/avif": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.ms-powerpoint": string;
                    "text/csv": string;
                    "text/tab-separated-values": string;
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getLibraryCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioLibraryCoverage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributorLibraryCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributorLibraryCoverage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    searchEverything: {
        parameters: {
            query: {
                /** @description Text to find; without accents it also finds accented text ("thu duc" finds "Thủ Đức", "lodz" finds "Łódź") */
                q: string;
                /** @description At most this many results in each group */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        distributors: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            city: string | null;
                            country: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                        }[];
                        contacts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            title: string | null;
                            email: string | null;
                            /** @enum {string} */
                            side: "principal" | "distributor";
                            distributor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                        meetings: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "weekly" | "monthly" | "quarterly" | "annual";
                            /** @enum {string} */
                            rhythm: "twice_weekly" | "weekly" | "monthly" | "quarterly" | "annual";
                            number: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled" | "skipped";
                            distributor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                        reports: {
                            /** Format: uuid */
                            id: string;
                            /** @description The month, YYYY-MM */
                            period: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "changes_requested" | "accepted" | "awaiting_confirmation";
                            revision: number;
                            distributor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                        charters: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "negotiation" | "agreed" | "signed" | "superseded";
                            distributor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDistributorTimeline: {
        parameters: {
            query?: {
                /** @description Only these kinds, comma-separated: meeting, action_item, report, charter, communication, concern, lifecycle */
                kinds?: string;
                /** @description From the previous page’s `nextCursor`: the events before it */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "meeting" | "action_item" | "report" | "charter" | "communication" | "concern" | "lifecycle";
                            /** @description What happened, "<kind>.<verb>": meeting.held, meeting.cancelled, meeting.skipped, meeting.notes_published, action_item.created/done/dropped/reopened, report.submitted/revised/comment/accepted/changes_requested/entered_on_behalf/confirmed, charter.version_created/agreed/signed/amendment_proposed/amendment_drafted/amendment_declined/amendment_withdrawn, communication.inbound/outbound, concern.drafted/sent/acknowledged/responded, lifecycle.changed (principal only) */
                            event: string;
                            /** Format: date-time */
                            at: string;
                            actorName: string | null;
                            /** @description The record's own words: a meeting's rhythm (twice_weekly, weekly, monthly…), an item's title, a report's month, a charter version or amendment's section, a channel, a concern's subject, a lifecycle stage */
                            subject: string | null;
                            /** @description A reason, a summary or a change, as a person wrote it */
                            detail: string | null;
                            /** @description The record to open: a meeting id, a report month (YYYY-MM), a concern id */
                            ref: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listHelpDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docs: {
                            /**
                             * @description The guide’s file name in docs/ without ".md"
                             * @example cadence
                             */
                            name: string;
                            title: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getHelpDoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The guide’s file name in docs/ without ".md"
                 * @example cadence
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The guide’s file name in docs/ without ".md"
                         * @example cadence
                         */
                        name: string;
                        title: string;
                        markdown: string;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
}
