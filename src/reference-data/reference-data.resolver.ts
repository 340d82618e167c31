import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators';
import { Municipality } from './municipality.entity';
import { MUNICIPALITIES, MUNICIPALITY_BY_CODE, THEME_BY_CODE, THEMES } from './reference-data';
import { Theme } from './theme.entity';

// Reference data is public and served from memory: it changes only with a release.
@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  @Public()
  @Query(() => [Municipality], { description: 'All 212 Slovenian municipalities, by code.' })
  municipalities(): readonly Municipality[] {
    return MUNICIPALITIES as Municipality[];
  }

  @Public()
  @Query(() => Municipality, { nullable: true, description: 'One municipality; null for an unknown code.' })
  municipality(@Args('code', { type: () => ID, description: "The municipality's official 3-digit code, e.g. '052' (Kranj)." }) code: string): Municipality | null {
    return (MUNICIPALITY_BY_CODE.get(code) as Municipality | undefined) ?? null;
  }

  // One rule for all 12 regions: the statistical office (and Eurostat's NUTS 3) name them in
  // Slovenian in English texts too, "the Gorenjska region". Translating only some ("Central
  // Slovenia", "Gorizia") beside "Pomurska" and "Gorenjska" read half translated, and the
  // English names of the others ("Upper Carniola", "Lower Sava") are not the ones people use.
  @ResolveField(() => String, {
    description:
      'The statistical region\'s name in English texts: the statistical office\'s, which is the Slovenian name (as Eurostat\'s NUTS 3 names are), e.g. "Osrednjeslovenska"; the same as region.',
  })
  regionEn(@Parent() municipality: Municipality): string {
    return municipality.region;
  }

  @ResolveField(() => [Municipality], { description: 'Municipalities sharing a border (approximate).' })
  neighbours(@Parent() municipality: Municipality): Municipality[] {
    return municipality.neighbourCodes.map((code) => MUNICIPALITY_BY_CODE.get(code) as Municipality);
  }
}

@Resolver(() => Theme)
export class ThemesResolver {
  @Public()
  @Query(() => [Theme], { description: 'The theme taxonomy: top-level themes first, then in file order.' })
  themes(): readonly Theme[] {
    return THEMES as Theme[];
  }

  @ResolveField(() => String, { description: 'Name in Slovenian (the same as nameSl).' })
  name(@Parent() theme: Theme): string {
    return theme.nameSl;
  }

  @ResolveField(() => Theme, { nullable: true, description: 'The top-level theme this one belongs to; null for a top-level theme.' })
  parent(@Parent() theme: Theme): Theme | null {
    return theme.parentCode ? ((THEME_BY_CODE.get(theme.parentCode) as Theme | undefined) ?? null) : null;
  }

  @ResolveField(() => [Theme], { description: 'The sub-themes of a top-level theme; empty for a sub-theme.' })
  children(@Parent() theme: Theme): Theme[] {
    return THEMES.filter((candidate) => candidate.parentCode === theme.code) as Theme[];
  }
}

