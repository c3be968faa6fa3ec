/**
 * The link cards module's public interface: nothing else in `link-cards/` is imported from outside it.
 */
export { LinkCardEntity } from './link-card.entity';
export { LinkCardsModule } from './link-cards.module';
export { findLinkCardsOfBrands } from './link-card.repository';
export { toLinkCardView } from './link-card.view';
export { LINK_CARD_MAX_AGE_MS, LinkCardsService } from './link-cards.service';
