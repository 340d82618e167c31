import { Module } from '@nestjs/common';
import { MunicipalitiesResolver, ThemesResolver } from './reference-data.resolver';

@Module({ providers: [MunicipalitiesResolver, ThemesResolver] })
export class ReferenceDataModule {}
