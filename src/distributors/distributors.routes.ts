import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { mediaTypes, textResponse } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  createContact,
  listDistributorContacts,
  removeContact,
  updateDistributorContact,
} from './contacts.service.ts';
import { distributorBulkRoutes } from './distributor-bulk.routes.ts';
import {
  Contact,
  ContactInput,
  ContactParams,
  ContactPatch,
  Distributor,
  DistributorInput,
  DistributorListQuery,
  DistributorPage,
  DistributorPatch,
  EscalationStep,
  EscalationStepInput,
  EscalationStepPatch,
  ExportQuery,
  IdParams,
  LifecycleChangeInput,
  LifecycleEvent,
  StepParams,
} from './distributors.schema.ts';
import {
  changeLifecycleStage,
  createDistributor,
  getDistributor,
  getLifecycleHistory,
  listDistributorPage,
  updateDistributorProfile,
} from './distributors.service.ts';
import {
  exportDistributorsCsv,
  importDistributorsCsv,
  type ProductLineCatalogue,
} from './distributors-csv.service.ts';
import {
  addEscalationStep,
  changeEscalationStep,
  getEscalationLadder,
  removeEscalationStep,
} from './escalation.service.ts';

const tags = ['Distributors'];
const errors = { ...commonErrors, 409: ProblemSchema };

/** `productLines`: the charter's catalogue, for the import's and export's per-line buffers. */
export async function distributorsRoutes(
  root: FastifyInstance,
  options: { productLines?: ProductLineCatalogue },
) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  distributorBulkRoutes(root);

  app.get(
    '/api/v1/distributors',
    {
      schema: {
        operationId: 'listDistributors',
        tags,
        summary: 'Search, filter, sort and page the distributor directory',
        querystring: DistributorListQuery,
        response: { 200: DistributorPage, ...commonErrors },
      },
    },
    async (request) => listDistributorPage(contextOf(request), request.query),
  );

  app.post(
    '/api/v1/distributors',
    {
      schema: {
        operationId: 'createDistributor',
        tags,
        summary: 'Add a distributor to the directory (principal managers)',
        body: DistributorInput,
        response: { 201: Distributor, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createDistributor(contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/distributors/export.csv',
    {
      schema: {
        operationId: 'exportDistributors',
        tags,
        summary: 'All distributors as CSV (the import format plus id, status and created_at)',
        querystring: ExportQuery,
        response: { 200: textResponse('The distributors as CSV', mediaTypes.csv), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { csv } = await exportDistributorsCsv(contextOf(request), {
        ...options,
        ids: request.query.ids,
      });
      return sendFile(reply, {
        contentType: 'text/csv; charset=utf-8',
        fileName: 'distributors.csv',
        body: csv,
      });
    },
  );

  app.post(
    '/api/v1/distributors/import',
    {
      schema: {
        operationId: 'importDistributors',
        tags,
        summary: 'Import distributors from CSV: every row valid, or nothing imported',
        consumes: ['text/csv'],
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        body: z.string().meta({ description: 'CSV text with a header row' }),
        response: {
          200: z.object({ rows: z.number(), imported: z.number(), dryRun: z.boolean() }),
          ...errors,
        },
      },
    },
    async (request) =>
      importDistributorsCsv(contextOf(request), request.body, {
        dryRun: request.query.dryRun === 'true',
        productLines: options.productLines,
      }),
  );

  app.get(
    '/api/v1/distributors/:id',
    {
      schema: {
        operationId: 'getDistributor',
        tags,
        summary: 'One distributor’s profile',
        params: IdParams,
        response: { 200: Distributor, ...commonErrors },
      },
    },
    async (request) => getDistributor(contextOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/distributors/:id',
    {
      schema: {
        operationId: 'updateDistributor',
        tags,
        summary: 'Edit a distributor’s profile, or archive and restore it (status)',
        params: IdParams,
        body: DistributorPatch,
        response: { 200: Distributor, ...errors },
      },
    },
    async (request) =>
      updateDistributorProfile(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/distributors/:id/lifecycle',
    {
      schema: {
        operationId: 'changeLifecycleStage',
        tags,
        summary: 'Move a distributor to another lifecycle stage, with a reason',
        params: IdParams,
        body: LifecycleChangeInput,
        response: { 200: Distributor, ...errors },
      },
    },
    async (request) => changeLifecycleStage(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/distributors/:id/lifecycle',
    {
      schema: {
        operationId: 'listLifecycleEvents',
        tags,
        summary: 'A distributor’s lifecycle stage changes, newest first',
        params: IdParams,
        response: { 200: z.array(LifecycleEvent), ...commonErrors },
      },
    },
    async (request) => getLifecycleHistory(contextOf(request), request.params.id),
  );

  app.get(
    '/api/v1/distributors/:id/contacts',
    {
      schema: {
        operationId: 'listContacts',
        tags: ['Contacts'],
        summary: 'A distributor’s contacts on both sides',
        params: IdParams,
        response: { 200: z.array(Contact), ...commonErrors },
      },
    },
    async (request) => listDistributorContacts(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/contacts',
    {
      schema: {
        operationId: 'createContact',
        tags: ['Contacts'],
        summary: 'Add a contact to a distributor',
        params: IdParams,
        body: ContactInput,
        response: { 201: Contact, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createContact(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/distributors/:id/contacts/:contactId',
    {
      schema: {
        operationId: 'updateContact',
        tags: ['Contacts'],
        summary: 'Edit a contact',
        params: ContactParams,
        body: ContactPatch,
        response: { 200: Contact, ...errors },
      },
    },
    async (request) =>
      updateDistributorContact(
        contextOf(request),
        request.params.id,
        request.params.contactId,
        request.body,
      ),
  );

  app.delete(
    '/api/v1/distributors/:id/contacts/:contactId',
    {
      schema: {
        operationId: 'deleteContact',
        tags: ['Contacts'],
        summary: 'Remove a contact that no escalation step names',
        params: ContactParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeContact(contextOf(request), request.params.id, request.params.contactId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/distributors/:id/escalation-steps',
    {
      schema: {
        operationId: 'listEscalationSteps',
        tags: ['Escalation ladder'],
        summary: 'Both sides’ escalation ladders, by side and level',
        params: IdParams,
        response: { 200: z.array(EscalationStep), ...commonErrors },
      },
    },
    async (request) => getEscalationLadder(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/escalation-steps',
    {
      schema: {
        operationId: 'createEscalationStep',
        tags: ['Escalation ladder'],
        summary: 'Add a step to one side’s escalation ladder',
        params: IdParams,
        body: EscalationStepInput,
        response: { 201: EscalationStep, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addEscalationStep(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/distributors/:id/escalation-steps/:stepId',
    {
      schema: {
        operationId: 'updateEscalationStep',
        tags: ['Escalation ladder'],
        summary: 'Edit an escalation step',
        params: StepParams,
        body: EscalationStepPatch,
        response: { 200: EscalationStep, ...errors },
      },
    },
    async (request) =>
      changeEscalationStep(
        contextOf(request),
        request.params.id,
        request.params.stepId,
        request.body,
      ),
  );

  app.delete(
    '/api/v1/distributors/:id/escalation-steps/:stepId',
    {
      schema: {
        operationId: 'deleteEscalationStep',
        tags: ['Escalation ladder'],
        summary: 'Remove an escalation step',
        params: StepParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await removeEscalationStep(contextOf(request), request.params.id, request.params.stepId);
      return reply.code(204).send(null);
    },
  );
}
