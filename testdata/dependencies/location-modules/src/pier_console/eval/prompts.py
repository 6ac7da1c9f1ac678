PROMPTS = ["Which pier is free at noon?"]
