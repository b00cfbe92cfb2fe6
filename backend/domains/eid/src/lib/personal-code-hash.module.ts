import { Module } from '@nestjs/common';
import { PersonalCodeHasher } from './personal-code-hasher';

/**
 * Just the keyed hash, with no other dependency: for the worker and the seed command, which must not
 * pull in the api-side identity module (it brings the producer's queue connection).
 */
@Module({ exports: [PersonalCodeHasher], providers: [PersonalCodeHasher] })
export class PersonalCodeHashModule {}
