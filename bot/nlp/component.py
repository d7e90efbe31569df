"""Rasa NLU component: the message's entities with canonical values, offsets and claims, in one parse.

It replaces SpacyEntityExtractor (which drops the ruler's canonical ids and would parse the text a second
time): it reads the spaCy doc SpacyNLP already made for the message (case kept, `case_sensitive: true`)
and hands it to bot.nlp.mentions. Registered in config.yml as `bot.nlp.component.CareerEntities`.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlp.mentions import RolePhrases, message_entities


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False, model_from="SpacyNLP"
)
class CareerEntities(GraphComponent, EntityExtractorMixin):
    """Roles, places and skills (canonical ids, claims), levels, currencies, rankings and pay sense."""

    @classmethod
    def required_components(cls) -> list[type]:
        """SpacyNLP must run first (it makes the doc)."""
        return [SpacyNLP]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """No settings."""
        return {}

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config
        self._phrases: RolePhrases | None = None
        self._nlp: Any = None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        """A new component (nothing is trained or stored)."""
        return cls(config)

    def _role_phrases(self, nlp: Any) -> RolePhrases:
        if self._phrases is None or self._nlp is not nlp:
            ruler = nlp.get_pipe("entity_ruler") if "entity_ruler" in nlp.pipe_names else None
            self._phrases = RolePhrases.from_patterns(list(ruler.patterns) if ruler is not None else [])
            self._nlp = nlp
        return self._phrases

    def process(self, messages: list[Message], model: SpacyModel) -> list[Message]:
        """Add the entities to each message (training examples keep their annotated ones)."""
        phrases = self._role_phrases(model.model)
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT])
            if doc is None:
                if not message.get(TEXT):
                    continue
                doc = model.model(message.get(TEXT))
            found = self.add_extractor_name(message_entities(doc, phrases))
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
