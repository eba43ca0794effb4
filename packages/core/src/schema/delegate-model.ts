import { z } from 'zod';

export const RoundingMethod = z.enum(['largest-remainder', 'dnc']).meta({
  description: 'Hamilton largest remainder, or the rounding of the Democratic delegate selection rules.',
});
export type RoundingMethod = z.infer<typeof RoundingMethod>;

export const AllocationOptions = z.object({
  threshold: z.number().min(0).max(1).default(0.15),
  method: RoundingMethod.default('largest-remainder'),
});
export type AllocationOptions = z.input<typeof AllocationOptions>;

export const DelegateModel = z
  .object({
    model: z
      .literal(true)
      .meta({ description: 'Always true: a statewide model, not the real district-and-pool allocation.' }),
    label: z.string(),
    method: RoundingMethod,
    threshold: z.number().min(0).max(1),
    delegates: z.number().int().min(0).meta({ description: 'The delegates the model hands out.' }),
    awards: z.array(
      z.object({
        candidateId: z.string(),
        candidate: z.string(),
        share: z.number().min(0).max(1),
        qualified: z.boolean(),
        modelDelegates: z.number().int().min(0),
        actualDelegates: z.number().min(0).nullable(),
      }),
    ),
  })
  .meta({
    id: 'DelegateModel',
    description: 'A statewide what-if allocation beside the delegates actually awarded.',
  });
export type DelegateModel = z.infer<typeof DelegateModel>;
