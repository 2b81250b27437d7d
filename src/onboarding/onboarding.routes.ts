import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DistributorParams } from '../charter/charter.schema.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  ManualStepInput,
  ManualStepParams,
  OnboardingDueDays,
  OnboardingJourney,
  OnboardingPortfolio,
} from './onboarding.schema.ts';
import {
  getOnboardingJourney,
  getOnboardingPortfolio,
  tickOnboardingStep,
} from './onboarding.service.ts';
import { getOnboardingDueDays, setOnboardingDueDays } from './onboarding-settings.service.ts';

const tags = ['Onboarding'];

/** The 90-day onboarding journey: per relationship, across the portfolio, and the manual tick. */
export async function onboardingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/onboarding',
    {
      schema: {
        operationId: 'getOnboardingPortfolio',
        tags,
        summary:
          'Every relationship in onboarding (or out of it for less than 90 days): its day, steps done, and the step it is late on (principal)',
        response: { 200: OnboardingPortfolio, ...commonErrors },
      },
    },
    async (request) => getOnboardingPortfolio(contextOf(request)),
  );

  app.get(
    '/api/v1/distributors/:id/onboarding',
    {
      schema: {
        operationId: 'getOnboardingJourney',
        tags,
        summary:
          'The relationship’s onboarding journey: each step’s due date, whether it is done (with its evidence) or late',
        params: DistributorParams,
        response: { 200: OnboardingJourney, ...commonErrors },
      },
    },
    async (request) => getOnboardingJourney(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/onboarding/steps/:key',
    {
      schema: {
        operationId: 'tickOnboardingStep',
        tags,
        summary: 'Tick or un-tick a manual step with a note (editors of either side)',
        params: ManualStepParams,
        body: ManualStepInput,
        response: { 200: OnboardingJourney, ...commonErrors },
      },
    },
    async (request) =>
      tickOnboardingStep(contextOf(request), request.params.id, request.params.key, request.body),
  );

  app.get(
    '/api/v1/onboarding/settings',
    {
      schema: {
        operationId: 'getOnboardingDueDays',
        tags,
        summary: 'When each step of the journey is due, in days after its start (principal staff)',
        response: { 200: OnboardingDueDays.required(), ...commonErrors },
      },
    },
    async (request) => getOnboardingDueDays(contextOf(request)),
  );

  app.put(
    '/api/v1/onboarding/settings',
    {
      schema: {
        operationId: 'setOnboardingDueDays',
        tags,
        summary: 'Change when the journey’s steps are due; a step left out keeps its day (admins)',
        body: OnboardingDueDays,
        response: { 200: OnboardingDueDays.required(), ...commonErrors },
      },
    },
    async (request) => setOnboardingDueDays(contextOf(request), request.body),
  );
}
