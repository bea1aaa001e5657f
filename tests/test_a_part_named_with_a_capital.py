""" "And the writer?" after "what's the professor really after in Stalker?": the last question asked of the other
part. Stalker's text writes its parts as names ("the Writer", "the Professor"), and only parts written in lower case
("the wife", "the husband") counted, so the follow-up was searched on its own and got the set-up."""

from tests.test_conversation import talk


async def test_the_same_asked_of_a_part_the_text_capitalises(service) -> None:
    replies = await talk(service, "/spoilers on", "what's the professor really after in stalker", "and the writer?")
    assert "inspiration" in replies[2], replies[2]


async def test_a_part_in_lower_case_still_counts(service) -> None:
    replies = await talk(service, "/spoilers on", "what does the wife say happened in rashomon?", "and the husband?")
    assert "medium" in replies[2].lower() or "husband" in replies[2].lower(), replies[2]
